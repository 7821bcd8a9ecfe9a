package org.pathway.workforce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathway.analysis.Verdict;
import org.pathway.workforce.SuccessionReport.Candidate;
import org.pathway.workforce.SuccessionReport.RolePipeline;

/**
 * How exposed the council is if role holders leave: for each role, its named successors (ready now or in 1-2 years),
 * its bench strength counted once per person (a successor named for several roles counts 1 / the number of those
 * roles for each), whether it is covered (a successor ready now who is named for no other role), and, where holders
 * have an expected leaving date within the horizon, whether they may leave with no successor ready now.
 */
public record SuccessionRisk(String scope, int horizonMonths, LocalDate horizonEnds, int roles, int covered,
        int namedSuccessors, double benchStrength, double fractionalBenchStrength, List<RoleRisk> byRole,
        String decidedUnder) {

    /**
     * One role: its successors named (and the plain count of them, which counts a person named for several roles
     * once per role), the fractional bench, whether covered, and its holders expected to leave by the horizon.
     */
    public record RoleRisk(String frameworkId, String roleId, String title, int holders, int readyNow,
            int readyInOneToTwoYears, double fractionalBenchStrength, boolean covered, int holdersLeaving,
            LocalDate firstLeaving, boolean leavingWithoutReadySuccessor) {
    }

    /** The risk over a succession report and the findings of the same scope, as of {@code today}. */
    public static SuccessionRisk of(SuccessionReport report, List<EmployeeFindings> inScope, LocalDate today,
            int horizonMonths) {
        LocalDate horizon = today.plusMonths(horizonMonths);
        Map<String, Integer> namedFor = new HashMap<>();
        report.roles().forEach(role -> successors(role).forEach(c -> namedFor.merge(c.employeeId(), 1, Integer::sum)));
        List<RoleRisk> byRole = report.roles().stream().map(role -> {
            List<Candidate> successors = successors(role).toList();
            double fractional = successors.stream().mapToDouble(c -> 1.0 / namedFor.get(c.employeeId())).sum();
            boolean covered = successors.stream().anyMatch(c -> c.verdict() == Verdict.READY_NOW
                    && namedFor.get(c.employeeId()) == 1);
            List<LocalDate> leaving = inScope.stream().filter(p -> p.frameworkId().equals(role.frameworkId())
                            && p.currentRoleId().equals(role.roleId()))
                    .map(EmployeeFindings::expectedLeavingOn).filter(Objects::nonNull)
                    .filter(d -> !d.isAfter(horizon)).sorted().toList();
            return new RoleRisk(role.frameworkId(), role.roleId(), role.title(), role.holders(), role.readyNow(),
                    role.readyInOneToTwoYears(), fractional, covered, leaving.size(),
                    leaving.isEmpty() ? null : leaving.get(0), !leaving.isEmpty() && role.readyNow() == 0);
        }).toList();
        return new SuccessionRisk(report.scope(), horizonMonths, horizon, byRole.size(),
                (int) byRole.stream().filter(RoleRisk::covered).count(), namedFor.size(),
                byRole.stream().mapToDouble(r -> r.readyNow() + r.readyInOneToTwoYears()).sum(),
                byRole.stream().mapToDouble(RoleRisk::fractionalBenchStrength).sum(), byRole, report.decidedUnder());
    }

    private static java.util.stream.Stream<Candidate> successors(RolePipeline role) {
        return role.ranked().stream().filter(c -> c.verdict() == Verdict.READY_NOW
                || c.verdict() == Verdict.READY_IN_1_2_YEARS);
    }
}
