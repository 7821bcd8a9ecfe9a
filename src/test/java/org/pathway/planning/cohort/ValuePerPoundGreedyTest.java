package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuePerPoundGreedyTest {

    /** £1,000: one coaching place (£1,000 for a need worth 3,000) or a workshop (£400 + 5 x £100 for 5 x 1,000). */
    private static CohortPlan coachingOrWorkshop() {
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(1, 3000, cohort.session("coaching", 0, 1, 0, 1000));
        cohort.needs(5, 1000, cohort.session("workshop", 2, 10, 400, 100));
        return cohort.plan(1000);
    }

    @Test
    void meetsMoreValueThanTheMostValuableFirstGreedyOnTheSameBudget() {
        CohortPlan byValue = CohortGreedy.plan(coachingOrWorkshop());
        CohortPlan byValuePerPound = ValuePerPoundGreedy.plan(coachingOrWorkshop());

        assertThat(HandMadeCohort.metValue(byValue)).isEqualTo(3000);
        assertThat(HandMadeCohort.metValue(byValuePerPound)).isEqualTo(5000);
        assertThat(CohortChecker.breaches(byValuePerPound)).isEmpty();
    }

    @Test
    void whereTheTrainerNotTheMoneyRunsOutItRunsTheSessionThatMeetsMost() {
        // £10,000 and one trainer for two workshops in the same week: two needs worth 100 each for £100 (2 a pound) or
        // ten for £1,000 (1 a pound). By value per pound the cheap one takes the trainer's week; it meets 200, not 1,000
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(2, 100, cohort.session("cheap", 0, 10, 100, 0, "the trainer"));
        cohort.needs(10, 100, cohort.session("full", 0, 10, 1000, 0, "the trainer"));

        CohortPlan plan = ValuePerPoundGreedy.plan(cohort.plan(10_000));

        assertThat(HandMadeCohort.metValue(plan)).isEqualTo(1000);
        assertThat(CohortChecker.breaches(plan)).isEmpty();
    }

    @Test
    void whereATrainersWeeksRunOutItWeighsASessionByTheWeeksItTakes() {
        // one trainer: a two-week course for ten needs worth 100 each, or a workshop in each of those weeks for seven
        // each, every session £1,000. By value per pound or per session the course comes first and takes both weeks
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(10, 100, cohort.session("course", 0, 2, 10, 1000, 0, "the trainer"));
        cohort.needs(7, 100, cohort.session("first", 0, 1, 7, 1000, 0, "the trainer"));
        cohort.needs(7, 100, cohort.session("second", 1, 1, 7, 1000, 0, "the trainer"));

        CohortPlan plan = ValuePerPoundGreedy.plan(cohort.plan(10_000));

        assertThat(HandMadeCohort.metValue(plan)).isEqualTo(1400);
        assertThat(CohortChecker.breaches(plan)).isEmpty();
    }
}
