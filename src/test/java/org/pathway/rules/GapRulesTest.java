package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.competency;
import static org.pathway.rules.RuleFacts.indicator;
import static org.pathway.rules.RuleFacts.level;
import static org.pathway.rules.RuleFacts.managerSaw;
import static org.pathway.rules.RuleFacts.requires;
import static org.pathway.rules.RuleFacts.themed;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.Attainment;
import org.pathway.analysis.ExplainedRole;
import org.pathway.analysis.KeyThemeRating;
import org.pathway.analysis.MissingBehaviour;
import org.pathway.analysis.RequirementResult;
import org.pathway.framework.ScaleKind;

/** rules/readiness/gaps.drl */
class GapRulesTest {

    @Test
    void attainingTheRequiredLevelMeetsTheRequirement() {
        var fired = RuleHarness.fire(requires("manager", 2, true), Attainment.ranked("c", 3, "test"));

        RequirementResult result = fired.only(RequirementResult.class);
        assertThat(result.met()).isTrue();
        assertThat(result.rule()).isEqualTo("Requirement met on a ranked scale");
    }

    @Test
    void aGapIsTheLevelsShortOverTheLevelRequired() {
        var fired = RuleHarness.fire(requires("head", 3, true), Attainment.ranked("c", 1, "test"));

        RequirementResult gap = fired.only(RequirementResult.class);
        assertThat(gap.shortfall()).isEqualTo(2);
        assertThat(gap.gap()).isEqualTo(2.0 / 3.0);
        assertThat(gap.rule()).isEqualTo("Gap on a ranked scale");
    }

    @Test
    void withNoLevelsTheGapIsTheShareShortOfSixtyPercent() {
        var fired = RuleHarness.fire(requires("staff", 0, true), Attainment.shared("c", 0.3, "test"));

        assertThat(fired.only(RequirementResult.class).gap()).isEqualTo(0.5);
        assertThat(RuleHarness.fire(requires("staff", 0, true), Attainment.shared("c", 0.6, "test"))
                .only(RequirementResult.class).met()).isTrue();
    }

    @Test
    void missingBehavioursOfARoleTierAreTheRequiredTiersUndemonstratedIndicators() {
        var fired = RuleHarness.fire(competency(ScaleKind.ROLE_TIER, 0, 3, 1, 2), requires("manager", 2, true),
                new ExplainedRole("manager"), level(1, "c.1.01"), level(2, "c.2.01", "c.2.02"), indicator("c.1.01", 1), indicator("c.2.01", 2),
                indicator("c.2.02", 2), managerSaw("e1", "c.1.01"), managerSaw("e2", "c.2.02"));

        assertThat(fired.facts(MissingBehaviour.class)).extracting(MissingBehaviour::indicatorId)
                .containsExactly("c.2.01");
        assertThat(fired.only(RequirementResult.class).attainedRank()).isEqualTo(1);
        assertThat(fired.rules()).containsEntry("Missing behaviour of the required role tier", 1);
    }

    @Test
    void missingBehavioursOnACumulativeScaleSpanEveryLevelNotYetAttained() {
        var fired = RuleHarness.fire(competency(ScaleKind.CUMULATIVE, 0, 3, 1, 2, 3), requires("director", 3, true),
                new ExplainedRole("director"), level(1, "c.1.01"), level(2, "c.2.01"), level(3, "c.3.01"), indicator("c.1.01", 1),
                indicator("c.2.01", 2), indicator("c.3.01", 3), managerSaw("e1", "c.1.01"));

        assertThat(fired.facts(MissingBehaviour.class)).extracting(MissingBehaviour::indicatorId)
                .containsExactlyInAnyOrder("c.2.01", "c.3.01");
        assertThat(fired.only(RequirementResult.class).shortfall()).isEqualTo(2);
    }

    @Test
    void missingBehavioursOnARatingScaleAreThoseOfKeyThemesRatedBelowTheRequirement() {
        var fired = RuleHarness.fire(competency(ScaleKind.RATING_WITH_MIDPOINTS, 2, 4, 1, 2, 3, 4, 5, 6, 7, 8),
                requires("manager", 4, true), new ExplainedRole("manager"),
                new KeyThemeRating("c", "style", 4, "e1", "test"), new KeyThemeRating("c", "method", 2, "e2", "test"),
                themed("c.style.d.01", "style", 4), themed("c.method.d.01", "method", 4),
                themed("c.method.b.01", "method", 2));

        assertThat(fired.facts(MissingBehaviour.class)).extracting(MissingBehaviour::indicatorId)
                .containsExactly("c.method.d.01");
        assertThat(fired.only(RequirementResult.class).attainedRank()).isEqualTo(3);
    }

    @Test
    void missingBehavioursAreListedOnlyForARoleWhoseExplanationIsAskedFor() {
        List<Object> facts = new ArrayList<>(List.of(competency(ScaleKind.CUMULATIVE, 0, 3, 1, 2),
                requires("director", 2, true), requires("manager", 2, true), level(1, "c.1.01"), level(2, "c.2.01"),
                indicator("c.1.01", 1), indicator("c.2.01", 2)));

        assertThat(RuleHarness.fire(facts).facts(MissingBehaviour.class)).isEmpty();
        facts.add(new ExplainedRole("manager"));
        var explained = RuleHarness.fire(facts);
        assertThat(explained.facts(MissingBehaviour.class)).extracting(MissingBehaviour::roleId)
                .containsExactly("manager", "manager");
    }
}
