package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.AnalysisSubject;
import org.pathway.analysis.PromotionPath;
import org.pathway.analysis.Readiness;
import org.pathway.analysis.RoleRung;
import org.pathway.analysis.Verdict;

/** rules/paths/promotion-paths.drl */
class PromotionPathRulesTest {

    @Test
    void everyChainUpTheLadderIsAPathCarryingTheReadinessForItsFinalRole() {
        var fired = RuleHarness.fire(new AnalysisSubject("e", "f", "officer"),
                new RoleRung("officer", List.of("team-leader", "supervisor")),
                new RoleRung("team-leader", List.of("service-manager")),
                new RoleRung("supervisor", List.of("service-manager")),
                new RoleRung("service-manager", List.of()),
                new Readiness("team-leader", Verdict.READY_NOW, 90, "test"),
                new Readiness("supervisor", Verdict.READY_IN_1_2_YEARS, 70, "test"),
                new Readiness("service-manager", Verdict.NOT_YET, 40, "test"));

        assertThat(fired.facts(PromotionPath.class))
                .extracting(p -> String.join(">", p.path().roleIds()), PromotionPath::score)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("officer>team-leader", 90),
                        org.assertj.core.groups.Tuple.tuple("officer>supervisor", 70),
                        org.assertj.core.groups.Tuple.tuple("officer>team-leader>service-manager", 40),
                        org.assertj.core.groups.Tuple.tuple("officer>supervisor>service-manager", 40));
        assertThat(fired.rules()).containsEntry("A path starts at the employee's current role", 1);
    }

    @Test
    void aLadderWithACycleStillEnds() {
        var fired = RuleHarness.fire(new AnalysisSubject("e", "f", "a"),
                new RoleRung("a", List.of("b")), new RoleRung("b", List.of("a")),
                new Readiness("b", Verdict.NOT_YET, 10, "test"));

        assertThat(fired.facts(PromotionPath.class)).hasSize(1);
    }
}
