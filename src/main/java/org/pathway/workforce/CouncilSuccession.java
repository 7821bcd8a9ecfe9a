package org.pathway.workforce;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The stored council's succession pipeline from the findings read model. The whole council's pipeline for every role
 * (the Succession page, the API without filters) is worked out once for each state of the read model and kept until
 * someone's findings change; a unit's or a role's is worked out when asked for.
 */
@Component
public class CouncilSuccession {

    /** A pipeline and the findings it was worked out from. */
    private record Worked(List<EmployeeFindings> from, SuccessionReport report) {
    }

    private final WorkforceFindings findings;
    private final SuccessionPipeline pipeline;
    private volatile Worked last;

    CouncilSuccession(WorkforceFindings findings, SuccessionPipeline pipeline) {
        this.findings = findings;
        this.pipeline = pipeline;
    }

    /** Every role's pipeline within {@code scope}, or only {@code roleId}'s when given. */
    public SuccessionReport report(UnitScope scope, String roleId) {
        List<EmployeeFindings> council = findings.council();
        if (!scope.equals(UnitScope.WHOLE_COUNCIL) || roleId != null) {
            return pipeline.analyse(council, scope, roleId);
        }
        Worked worked = last;
        if (worked == null || worked.from() != council) {
            worked = new Worked(council, pipeline.analyse(council, UnitScope.WHOLE_COUNCIL, null));
            last = worked;
        }
        return worked.report();
    }

    /** Whether the person is in the whole council's pipeline for the role: below it on its ladder. */
    public boolean isCandidate(String employeeId, String roleId) {
        return report(UnitScope.WHOLE_COUNCIL, null).roles().stream().filter(p -> p.roleId().equals(roleId))
                .flatMap(p -> p.ranked().stream()).anyMatch(c -> c.employeeId().equals(employeeId));
    }
}
