package org.pathway.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What closes a gap: observations of a behaviour add up; ratings of a key theme do not. */
class GapNeedTest {

    private static final String THEME_AT_D = PlannedEvidence.ratingAt("stakeholder-management", "rating-d");

    /** A key theme a manager rated below D: a new rating must weigh as much as the manager's (1.0) to replace it. */
    private static final GapNeed RERATE = new GapNeed(List.of(new GapNeed.Part(4, "Rating D", Map.of(THEME_AT_D, 1.0), 1)));

    @Test
    void twoCourseRatingsDoNotAddUpToReplaceAManagersRating() {
        double twoCourses = PlannedEvidence.combine(THEME_AT_D, 0.75, 0.75);

        assertThat(twoCourses).isEqualTo(0.75);
        assertThat(RERATE.closedBy(Map.of(THEME_AT_D, twoCourses))).isFalse();
        assertThat(RERATE.closedBy(Map.of(THEME_AT_D, PlannedEvidence.combine(THEME_AT_D, 0.75, 1.0)))).isTrue();
    }

    @Test
    void twoObservationsOfABehaviourAddUp() {
        GapNeed behaviour = new GapNeed(List.of(new GapNeed.Part(2, "Level 2", Map.of("c.2.01", 1.0), 1)));

        assertThat(behaviour.closedBy(Map.of("c.2.01", PlannedEvidence.combine("c.2.01", 0.5, 0.5)))).isTrue();
    }
}
