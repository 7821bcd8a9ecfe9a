package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.competency;
import static org.pathway.rules.RuleFacts.indicator;
import static org.pathway.rules.RuleFacts.level;
import static org.pathway.rules.RuleFacts.managerSaw;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.Attainment;
import org.pathway.analysis.LevelMet;
import org.pathway.framework.ScaleKind;

/** rules/attainment/level-attainment.drl */
class LevelAttainmentRulesTest {

    /** Three levels of three indicators each: c.L.1 .. c.L.3. */
    private static List<Object> threeLevels(ScaleKind kind, String... shownIndicators) {
        List<Object> facts = new ArrayList<>();
        facts.add(competency(kind, 0, 9, 1, 2, 3));
        for (int rank = 1; rank <= 3; rank++) {
            facts.add(level(rank, "c." + rank + ".1", "c." + rank + ".2", "c." + rank + ".3"));
            for (int i = 1; i <= 3; i++) {
                facts.add(indicator("c." + rank + "." + i, rank));
            }
        }
        for (String shown : shownIndicators) {
            facts.add(managerSaw("e-" + shown, shown));
        }
        return facts;
    }

    @Test
    void aLevelIsMetWithTwoThirdsOfItsIndicatorsButNotOneThird() {
        var fired = RuleHarness.fire(threeLevels(ScaleKind.ROLE_TIER, "c.1.1", "c.1.2", "c.2.1"));

        assertThat(fired.facts(LevelMet.class)).singleElement()
                .satisfies(m -> assertThat(m.rank()).isEqualTo(1))
                .satisfies(m -> assertThat(m.demonstrated()).isEqualTo(2));
    }

    @Test
    void roleTierAttainedIsTheHighestTierMetEvenWithoutTheLowerOnes() {
        var fired = RuleHarness.fire(threeLevels(ScaleKind.ROLE_TIER, "c.3.1", "c.3.2"));

        assertThat(fired.only(Attainment.class).rank()).isEqualTo(3);
        assertThat(fired.rules()).containsKey("Role tier attained: the highest tier met");
    }

    @Test
    void roleTierWithNothingMetIsRankZero() {
        var fired = RuleHarness.fire(threeLevels(ScaleKind.ROLE_TIER, "c.3.1"));

        assertThat(fired.only(Attainment.class).rank()).isZero();
        assertThat(fired.rules()).containsKey("Role tier attained: no tier met yet");
    }

    @Test
    void cumulativeLevelStopsBelowTheLowestLevelNotMet() {
        var fired = RuleHarness.fire(threeLevels(ScaleKind.CUMULATIVE, "c.1.1", "c.1.2", "c.3.1", "c.3.2", "c.3.3"));

        assertThat(fired.only(Attainment.class).rank()).isEqualTo(1);
        assertThat(fired.rules()).containsKey("Cumulative level attained: the level below the lowest level not met");
    }

    @Test
    void cumulativeLevelWithEveryLevelMetIsTheTop() {
        var fired = RuleHarness.fire(threeLevels(ScaleKind.CUMULATIVE,
                "c.1.1", "c.1.2", "c.2.1", "c.2.3", "c.3.2", "c.3.3"));

        assertThat(fired.only(Attainment.class).rank()).isEqualTo(3);
        assertThat(fired.rules()).containsKey("Cumulative level attained: every level met");
    }
}
