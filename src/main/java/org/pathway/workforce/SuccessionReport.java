package org.pathway.workforce;

import java.util.List;
import org.pathway.analysis.Verdict;
import org.pathway.people.Unit;

/** The succession pipeline: for each role, its bench strength, its risk, and the candidates ranked. */
public record SuccessionReport(String scope, List<RolePipeline> roles, String decidedUnder) {

    /** The same report with each role's best {@code candidates} only; its counts still cover everyone. */
    public SuccessionReport top(int candidates) {
        return new SuccessionReport(scope, roles.stream().map(role -> new RolePipeline(role.frameworkId(),
                role.roleId(), role.title(), role.holders(), role.candidates(), role.readyNow(),
                role.readyInOneToTwoYears(), role.risk(), role.ranked().stream().limit(candidates).toList())).toList(),
                decidedUnder);
    }

    /** How exposed a role is if its holder left. */
    public enum Risk {
        /** Someone is ready now. */
        COVERED,
        /** No one is ready now, but someone will be within 1-2 years. */
        NO_READY_SUCCESSOR,
        /** No one is ready within 1-2 years. */
        NO_SUCCESSOR_WITHIN_2_YEARS
    }

    public record RolePipeline(String frameworkId, String roleId, String title, int holders, int candidates,
            int readyNow, int readyInOneToTwoYears, Risk risk, List<Candidate> ranked) {
    }

    /** A candidate for a role: where they are now, their readiness, what blocks them. */
    public record Candidate(String employeeId, String name, Unit unit, String currentRole, Verdict verdict, int score,
            List<String> blockingGaps, int redFlags) {
    }
}
