package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The search earns its keep: on a budget-bound plan the construction alone (value per pound) stays more than
 * {@link #TOLERANCE} below the LP bound, and the solver, which starts from it, comes within it.
 */
class CohortQualityTest {

    /** How far below the LP bound a plan may be and still count as good: the bound's relaxation is not a plan. */
    private static final double TOLERANCE = 0.03;

    /**
     * £3,000, three times over: a mentoring place worth 600 for £500 (1.2 a pound) or a workshop that costs £1,000 to
     * run, free per attendee, for five needs worth 220 each (1.1 a pound).
     */
    private static CohortPlan mentoringsOrWorkshops() {
        HandMadeCohort cohort = new HandMadeCohort();
        for (int i = 0; i < 3; i++) {
            cohort.needs(1, 600, cohort.session("mentoring " + i, 0, 1, 0, 500));
            cohort.needs(5, 220, cohort.session("workshop " + i, 2, 10, 1000, 0));
        }
        return cohort.plan(3000);
    }

    @Test
    void theSolverComesWithinTheToleranceOfTheBoundWhereTheConstructionAloneDoesNot() {
        double good = (1 - TOLERANCE) * LpBound.valueMet(mentoringsOrWorkshops());
        long construction = HandMadeCohort.metValue(ValuePerPoundGreedy.plan(mentoringsOrWorkshops()));
        // deterministic: a number of score calculations, not a clock
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                .withScoreCalculationCountLimit(20_000L)));

        CohortPlan solved = factory.buildSolver().solve(mentoringsOrWorkshops());

        assertThat((double) construction).as("the construction alone").isLessThan(good);
        assertThat((double) HandMadeCohort.metValue(solved)).as("the solver").isGreaterThanOrEqualTo(good);
        assertThat(CohortChecker.breaches(solved)).isEmpty();
    }
}
