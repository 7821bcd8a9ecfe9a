package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LpBoundTest {

    @Test
    void boundsTheBestPlanFromAbove() {
        // £1,000: a mentoring place worth 600 for £500 or a £1,000 workshop for five worth 220 each. The best plan meets
        // 1,100; the relaxation runs the mentoring and half the workshop: 600 + 550
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(1, 600, cohort.session("mentoring", 0, 1, 0, 500));
        cohort.needs(5, 220, cohort.session("workshop", 2, 10, 1000, 0));

        assertThat(LpBound.valueMet(cohort.plan(1000))).isCloseTo(1150, within(1e-6));
    }

    @Test
    void aTrainerRunsOneSessionAWeekEvenInHalves() {
        // one trainer, three free workshops in the same week, ten needs worth 100 for each: one workshop can run (1,000);
        // "no two at once" alone would let each run half (1,500)
        HandMadeCohort cohort = new HandMadeCohort();
        for (String id : List.of("first", "second", "third")) {
            cohort.needs(10, 100, cohort.session(id, 0, 10, 0, 0, "the trainer"));
        }

        assertThat(LpBound.valueMet(cohort.plan(1000))).isCloseTo(1000, within(1e-6));
    }

    @Test
    void aSessionSeatsNoMoreThanTheNeedsItCloses() {
        // £500 and a £1,000 workshop of ten places closing two needs worth 600: no plan meets any; run a fifth, its ten
        // places would seat both (1,200), but half of it seats half of the two (600)
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(2, 600, cohort.session("workshop", 0, 10, 1000, 0));

        assertThat(LpBound.valueMet(cohort.plan(500))).isCloseTo(600, within(1e-6));
    }
}
