package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.competency;
import static org.pathway.rules.RuleFacts.rating;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Attainment;
import org.pathway.analysis.KeyThemeRating;
import org.pathway.framework.ScaleKind;

/** rules/attainment/rating-attainment.drl */
class RatingAttainmentRulesTest {

    private static final Object THREE_THEMES = competency(ScaleKind.RATING_WITH_MIDPOINTS, 3, 12, 1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void aKeyThemeStandsAtItsMostRecentRatingEvenIfLower() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("old", 0, "style", 6, 300), rating("new", 1, "style", 4, 20));

        assertThat(fired.only(KeyThemeRating.class))
                .satisfies(r -> assertThat(r.rank()).isEqualTo(4))
                .satisfies(r -> assertThat(r.evidenceId()).isEqualTo("new"));
    }

    @Test
    void onTheSameDayTheHigherRatingStands() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("a", 0, "style", 4, 20), rating("b", 1, "style", 5, 20),
                rating("c", 2, "style", 5, 20));

        assertThat(fired.only(KeyThemeRating.class).evidenceId()).isEqualTo("b");
    }

    @Test
    void competencyRatingIsTheMeanOfItsThemesRoundedDownWithUnratedThemesCountingZero() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("a", 0, "style", 6, 20), rating("b", 1, "method", 5, 20));

        // (6 + 5 + 0) / 3 = 3.67 -> rating C (rank 3)
        assertThat(fired.only(Attainment.class).rank()).isEqualTo(3);
        assertThat(fired.rules()).containsEntry("A key theme stands at its most recent counting rating", 2);
    }

    @Test
    void noRatingsAtAllIsRankZero() {
        var fired = RuleHarness.fire(THREE_THEMES);

        assertThat(fired.only(Attainment.class).rank()).isZero();
    }
}
