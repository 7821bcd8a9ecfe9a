package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class BudgetFreeingMovesTest {

    /**
     * £1,000: a mentoring place worth 600 for £500 (1.2 a pound) or a workshop that costs £1,000 to run, free per
     * attendee, for five needs worth 220 each (1.1 a pound). The plan starts with the mentoring booked (as value per
     * pound would book it), so the £500 left cannot run the workshop; the better plan drops the mentoring for the five.
     */
    private static CohortPlan mentoringBooked() {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession mentoring = cohort.session("mentoring", 0, 1, 0, 500);
        cohort.needs(1, 600, mentoring);
        cohort.needs(5, 220, cohort.session("workshop", 2, 10, 1000, 0));
        CohortPlan plan = cohort.plan(1000);
        plan.getNeeds().get(0).setSession(mentoring);
        return plan;
    }

    /**
     * £2,000 and one trainer for two workshops in the same week, each free per attendee: three needs worth 300 each for
     * £600, or ten worth 150 each for £1,200. The plan starts with the first running; the trainer is taken, so no need
     * of the second can be booked until every booking on the first is off.
     */
    private static CohortPlan smallWorkshopRunning() {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession small = cohort.session("small", 0, 10, 600, 0, "the trainer");
        cohort.needs(3, 300, small);
        cohort.needs(10, 150, cohort.session("large", 0, 10, 1200, 0, "the trainer"));
        CohortPlan plan = cohort.plan(2000);
        plan.getNeeds().subList(0, 3).forEach(n -> n.setSession(small));
        return plan;
    }

    @Test
    void fromABudgetBoundPlanTheSolverTradesOneExpensiveBookingForSeveralCheapOnes() {
        // stop on the better plan's score, not on a clock (the limit only ends a failing run)
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                .withBestScoreLimit("0hard/-600medium/*soft").withSpentLimit(Duration.ofSeconds(10))));

        CohortPlan solved = factory.buildSolver().solve(mentoringBooked());

        assertThat(HandMadeCohort.metValue(solved)).isEqualTo(1100);
        assertThat(CohortChecker.breaches(solved)).isEmpty();
    }

    @Test
    void fromAPlanWhoseTrainerIsTakenTheSolverClosesASessionForAFullerOne() {
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                .withBestScoreLimit("0hard/-900medium/*soft").withSpentLimit(Duration.ofSeconds(10))));

        CohortPlan solved = factory.buildSolver().solve(smallWorkshopRunning());

        assertThat(HandMadeCohort.metValue(solved)).isEqualTo(1500);
        assertThat(CohortChecker.breaches(solved)).isEmpty();
    }
}
