package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class BudgetFreeingMovesTest {

    /**
     * £1,000: a mentoring place worth 600 for £500 (1.2 a pound) or a workshop that costs £1,000 to run, free per
     * attendee, for five needs worth 220 each (1.1 a pound). By value per pound the mentoring goes first and the £500
     * left cannot run the workshop; the better plan drops the mentoring for the five.
     */
    private static CohortPlan mentoringOrWorkshop() {
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(1, 600, cohort.session("mentoring", 0, 1, 0, 500));
        cohort.needs(5, 220, cohort.session("workshop", 2, 10, 1000, 0));
        return cohort.plan(1000);
    }

    @Test
    void fromABudgetBoundPlanTheSolverTradesOneExpensiveBookingForSeveralCheapOnes() {
        assertThat(HandMadeCohort.metValue(ValuePerPoundGreedy.plan(mentoringOrWorkshop()))).isEqualTo(600);
        // stop on the better plan's score, not on a clock (the limit only ends a failing run)
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                .withBestScoreLimit("0hard/-600medium/*soft").withSpentLimit(Duration.ofSeconds(10))));

        CohortPlan solved = factory.buildSolver().solve(mentoringOrWorkshop());

        assertThat(HandMadeCohort.metValue(solved)).isEqualTo(1100);
        assertThat(CohortChecker.breaches(solved)).isEmpty();
    }
}
