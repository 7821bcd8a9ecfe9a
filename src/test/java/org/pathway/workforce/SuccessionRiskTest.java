package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.Verdict;
import org.pathway.workforce.SuccessionReport.Candidate;
import org.pathway.workforce.SuccessionReport.RolePipeline;

/**
 * Succession risk on a pipeline written by hand: X is ready now for roles A and B, Y ready in 1-2 years for A and
 * ready now for C, W ready now for C only, Z ready in 1-2 years for D only (and not yet for B).
 */
class SuccessionRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static Candidate candidate(String id, Verdict verdict) {
        return new Candidate(id, id, null, "officer", verdict, 80, List.of(), 0);
    }

    private static RolePipeline role(String id, Candidate... candidates) {
        int readyNow = (int) List.of(candidates).stream().filter(c -> c.verdict() == Verdict.READY_NOW).count();
        int soon = (int) List.of(candidates).stream().filter(c -> c.verdict() == Verdict.READY_IN_1_2_YEARS).count();
        return new RolePipeline("f", id, "Role " + id, 1, candidates.length, readyNow, soon,
                SuccessionReport.Risk.COVERED, List.of(candidates));
    }

    private static EmployeeFindings holder(String id, String roleId, LocalDate leaving) {
        return new EmployeeFindings(id, id, "f", roleId, null, 37, List.of(), 0, "v", null, EvidenceProfile.NONE,
                leaving);
    }

    @Test
    void aSuccessorNamedForSeveralRolesCountsFractionallyAndOnlyAnUnsharedReadySuccessorCovers() {
        SuccessionReport report = new SuccessionReport("whole council", List.of(
                role("a", candidate("x", Verdict.READY_NOW), candidate("y", Verdict.READY_IN_1_2_YEARS)),
                role("b", candidate("x", Verdict.READY_NOW), candidate("z", Verdict.NOT_YET)),
                role("c", candidate("y", Verdict.READY_NOW), candidate("w", Verdict.READY_NOW)),
                role("d", candidate("z", Verdict.READY_IN_1_2_YEARS))), "v");
        List<EmployeeFindings> holders = List.of(holder("ha", "a", TODAY.plusMonths(6)),
                holder("hb", "b", TODAY.plusMonths(18)), holder("hc", "c", null), holder("hd", "d", TODAY.plusMonths(3)));

        SuccessionRisk risk = SuccessionRisk.of(report, holders, TODAY, 12);

        // x and y are named for two roles each, w and z for one: A 1/2 + 1/2, B 1/2, C 1/2 + 1, D 1
        assertThat(risk.byRole()).extracting(SuccessionRisk.RoleRisk::fractionalBenchStrength)
                .containsExactly(1.0, 0.5, 1.5, 1.0);
        assertThat(risk.fractionalBenchStrength()).isCloseTo(4.0, within(1e-9));
        assertThat(risk.benchStrength()).isCloseTo(6.0, within(1e-9));
        assertThat(risk.namedSuccessors()).isEqualTo(4);
        // only C has a ready-now successor (w) named for no other role
        assertThat(risk.byRole()).extracting(SuccessionRisk.RoleRisk::covered).containsExactly(false, false, true, false);
        assertThat(risk.covered()).isEqualTo(1);
        // A's holder leaves within 12 months but x is ready now; B's leaves after the horizon; D's leaves with no one ready
        assertThat(risk.byRole()).extracting(SuccessionRisk.RoleRisk::holdersLeaving).containsExactly(1, 0, 0, 1);
        assertThat(risk.byRole()).extracting(SuccessionRisk.RoleRisk::leavingWithoutReadySuccessor)
                .containsExactly(false, false, false, true);
        assertThat(risk.byRole().get(3).firstLeaving()).isEqualTo(TODAY.plusMonths(3));
        assertThat(SuccessionRisk.of(report, holders, TODAY, 24).byRole().get(1).holdersLeaving()).isEqualTo(1);
    }
}
