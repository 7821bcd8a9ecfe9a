package org.pathway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathway.analysis.Verdict;
import org.pathway.people.Unit;

/**
 * What the rules concluded about one employee, reduced to what workforce views need: for their current role and each
 * role up the ladder, the verdict, score and gaps; their red flags; the policy and rules version they were decided
 * under; what the verdicts rest on ({@link EvidenceProfile}); their manager; and when they are expected to leave, if
 * recorded.
 */
public record EmployeeFindings(String employeeId, String name, String frameworkId, String currentRoleId, Unit unit,
        double contractedHours, List<RoleFinding> roles, int redFlags, String decidedUnder, String managerId,
        EvidenceProfile evidence, LocalDate expectedLeavingOn) {

    /** Findings with no manager, evidence profile or leaving date (hand-worked views that do not need them). */
    public EmployeeFindings(String employeeId, String name, String frameworkId, String currentRoleId, Unit unit,
            double contractedHours, List<RoleFinding> roles, int redFlags, String decidedUnder) {
        this(employeeId, name, frameworkId, currentRoleId, unit, contractedHours, roles, redFlags, decidedUnder, null,
                EvidenceProfile.NONE, null);
    }

    /** The readiness for the role directly above the current one (the next role), if there is one. */
    public Optional<RoleFinding> nextRole() {
        return roles.size() > 1 ? Optional.of(roles.get(1)) : Optional.empty();
    }

    /** The employee's readiness for one role, and the name of the verdict rule that decided it. */
    public record RoleFinding(String roleId, Verdict verdict, int score, String rule, List<GapFinding> gaps) {
    }

    /** One unmet requirement: the competency, the rank required, whether essential, its weight and the gap (0-1). */
    public record GapFinding(String competencyId, int requiredRank, boolean essential, double weight, double gap) {
    }

    public Optional<RoleFinding> finding(String roleId) {
        return roles.stream().filter(r -> r.roleId().equals(roleId)).findFirst();
    }

    /** The versions a workforce's findings were decided under, in order, joined by ", " (one, unless mid-change). */
    public static String versionsOf(List<EmployeeFindings> workforce) {
        return workforce.stream().map(EmployeeFindings::decidedUnder).distinct().sorted()
                .collect(Collectors.joining(", "));
    }
}
