package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.people.Employee;
import org.pathway.role.RoleProfile;
import org.pathway.rules.RuleHarness;
import org.pathway.synthetic.WorkforceGenerator;

/** Missing behaviours are worked out only for the role whose report is shown (issue 13, a lighter rule path). */
class MissingBehavioursOnRequestTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final List<RoleProfile> ROLES = TestCatalogues.ROLES.rolesOf("ashfield-mansfield");
    private static final List<Employee> WORKFORCE = new WorkforceGenerator(
            TestCatalogues.FRAMEWORKS.get("ashfield-mansfield"), ROLES).generate(40, 13, AS_OF);

    @Test
    void anAnalysisForTheWorkforceViewsListsNoMissingBehaviours() {
        List<Analysis> analyses = WORKFORCE.stream().map(e -> ENGINE.analyse(e, ROLES, AS_OF)).toList();

        assertThat(analyses.stream().flatMap(a -> a.requirementResults().stream())).anyMatch(r -> !r.met());
        assertThat(analyses).flatExtracting(Analysis::missingBehaviours).isEmpty();
        assertThat(analyses).allSatisfy(a -> assertThat(a.firedRules().keySet())
                .noneMatch(rule -> rule.startsWith("Missing behaviour")));
    }

    @Test
    void aReportForOneRoleHasThatRolesMissingBehavioursOnly() {
        String roleId = ROLES.get(ROLES.size() - 1).id();
        for (Employee employee : WORKFORCE) {
            Analysis forOneRole = ENGINE.explain(employee, roleId, AS_OF);
            Analysis forEveryRole = ENGINE.explain(employee, ROLES, AS_OF);

            assertThat(forOneRole.missingBehaviours()).extracting(MissingBehaviour::roleId).containsOnly(roleId);
            assertThat(forOneRole.missingBehaviours()).containsExactlyInAnyOrderElementsOf(
                    forEveryRole.missingBehaviours().stream().filter(m -> m.roleId().equals(roleId)).toList());
        }
        assertThat(WORKFORCE).anyMatch(e -> !ENGINE.explain(e, roleId, AS_OF).missingBehaviours().isEmpty());
    }
}
