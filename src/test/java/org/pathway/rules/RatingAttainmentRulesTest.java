package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.competency;
import static org.pathway.rules.RuleFacts.rating;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Attainment;
import org.pathway.analysis.KeyThemeRating;
import org.pathway.people.EvidenceSource;
import org.pathway.framework.ScaleKind;

/** rules/attainment/rating-attainment.drl */
class RatingAttainmentRulesTest {

    private static final Object THREE_THEMES = competency(ScaleKind.RATING_WITH_MIDPOINTS, 3, 12, 1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void aKeyThemeStandsAtItsMostRecentAssessorsRatingEvenIfLower() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("old", 0, "style", 6, 300), rating("new", 1, "style", 4, 20));

        assertThat(fired.only(KeyThemeRating.class))
                .satisfies(r -> assertThat(r.rank()).isEqualTo(4))
                .satisfies(r -> assertThat(r.evidenceId()).isEqualTo("new"));
    }

    @Test
    void aLaterRatingFromALighterSourceDoesNotReplaceAnAssessorsRating() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("manager", 0, "style", 3, 300),
                rating("self", 1, "style", 6, 20, EvidenceSource.SELF),
                rating("peer", 2, "style", 5, 10, EvidenceSource.PEER_360));

        assertThat(fired.only(KeyThemeRating.class))
                .satisfies(r -> assertThat(r.rank()).isEqualTo(3))
                .satisfies(r -> assertThat(r.evidenceId()).isEqualTo("manager"));
    }

    @Test
    void withNoAssessorsRatingTheHeaviestSourcesMostRecentRatingStands() {
        var fired = RuleHarness.fire(THREE_THEMES, rating("peer", 0, "style", 4, 300, EvidenceSource.PEER_360),
                rating("self", 1, "style", 6, 20, EvidenceSource.SELF));

        assertThat(fired.only(KeyThemeRating.class).evidenceId()).isEqualTo("peer");
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
        assertThat(fired.rules()).containsEntry("A key theme stands at the most recent rating from its heaviest source", 2);
    }

    @Test
    void noRatingsAtAllIsRankZero() {
        var fired = RuleHarness.fire(THREE_THEMES);

        assertThat(fired.only(Attainment.class).rank()).isZero();
    }
}
