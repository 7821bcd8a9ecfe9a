package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Readiness;
import org.pathway.analysis.ReadinessScore;
import org.pathway.analysis.RequirementResult;
import org.pathway.analysis.RoleRequirement;
import org.pathway.analysis.TargetRole;
import org.pathway.analysis.Verdict;

/** rules/readiness/verdict.drl */
class VerdictRulesTest {

    private static ReadinessScore score(int score, int essentialGaps, double largestGap, int redFlags, int unsupported) {
        return new ReadinessScore("role", score, 6, essentialGaps, largestGap, redFlags, unsupported, "test");
    }

    private static Verdict verdict(ReadinessScore score) {
        return RuleHarness.fire(score).only(Readiness.class).verdict();
    }

    private static RequirementResult result(String competency, boolean essential, double weight, double gap) {
        return new RequirementResult(new RoleRequirement("role", competency, 2, 2, essential, weight), 0, 0, 0, gap, "test");
    }

    @Test
    void scoreIsTheWeightedShareOfEachRequirementMet() {
        var fired = RuleHarness.fire(new TargetRole("role", 3, 2), result("a", true, 2, 0), result("b", true, 2, 0.5),
                result("c", false, 1, 1));

        ReadinessScore score = fired.only(ReadinessScore.class);
        // 100 x (2 x 1 + 2 x 0.5 + 1 x 0) / 5 = 60
        assertThat(score.score()).isEqualTo(60);
        assertThat(score.essentialGaps()).isEqualTo(1);
        assertThat(score.largestEssentialGap()).isEqualTo(0.5);
        assertThat(fired.rules()).containsEntry("Readiness score: the weighted share of each requirement met", 1);
    }

    @Test
    void readyNowNeedsNoEssentialGapNoRedFlagAndEightyFive() {
        assertThat(verdict(score(85, 0, 0, 0, 0))).isEqualTo(Verdict.READY_NOW);
        assertThat(verdict(score(84, 0, 0, 0, 0))).isEqualTo(Verdict.READY_IN_1_2_YEARS);
    }

    @Test
    void aRedFlagHoldsBackAnOtherwiseReadyEmployeeToOneToTwoYearsByARuleThatSaysSo() {
        Readiness readiness = RuleHarness.fire(score(95, 0, 0, 1, 0)).only(Readiness.class);

        assertThat(readiness.verdict()).isEqualTo(Verdict.READY_IN_1_2_YEARS);
        assertThat(readiness.rule()).isEqualTo("Verdict: ready in 1-2 years, held back from ready now by a red flag");
    }

    @Test
    void smallEssentialGapsWithAFairScoreAreOneToTwoYears() {
        assertThat(verdict(score(70, 2, 0.5, 0, 0))).isEqualTo(Verdict.READY_IN_1_2_YEARS);
    }

    @Test
    void aLargeEssentialGapOrALowScoreIsNotYet() {
        assertThat(verdict(score(80, 1, 0.67, 0, 0))).isEqualTo(Verdict.NOT_YET);
        assertThat(verdict(score(59, 1, 0.5, 0, 0))).isEqualTo(Verdict.NOT_YET);
    }

    @Test
    void mostEssentialsOnUncountedEvidenceIsInsufficientEvidenceWhateverTheScore() {
        assertThat(verdict(score(20, 6, 1, 0, 4))).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
        assertThat(verdict(score(20, 6, 1, 0, 3))).isEqualTo(Verdict.NOT_YET);
    }
}
