package org.pathway.planning.individual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * On small plans OptaPlanner reaches the optimum found by the test's own exhaustive search (through the solver's exact
 * phase, {@link ExhaustiveSearch}; the benchmark reports fifty). Neither it nor the greedy baseline ever beats the
 * optimum, and greedy's plans keep every limit.
 */
class PlanQualityTest {

    /** Deterministic: a fixed number of score calculations, not a clock (the exact phase runs to its end). */
    private static final SolverFactory<IndividualPlan> FACTORY = SolverFactory.create(IndividualPlanner.solverConfig(
            new TerminationConfig().withScoreCalculationCountLimit(10_000L)));
    private static final SolutionManager<IndividualPlan, HardMediumSoftLongScore> SCORES = SolutionManager.create(FACTORY);

    @Test
    void optaPlannerReachesTheExhaustiveOptimumOnSmallPlans() {
        int matched = 0;
        for (long seed = 1; seed <= 8; seed++) {
            HardMediumSoftLongScore optimum = new ExhaustivePlanner(SCORES).optimum(SmallPlans.generate(seed));
            HardMediumSoftLongScore solved = FACTORY.buildSolver().solve(SmallPlans.generate(seed)).getScore();
            HardMediumSoftLongScore greedy = SCORES.update(GreedyPlanner.plan(SmallPlans.generate(seed)));
            assertThat(greedy.compareTo(optimum)).as("greedy beyond the optimum?").isLessThanOrEqualTo(0);

            assertThat(solved.compareTo(optimum)).as("seed " + seed + " beyond the optimum?").isLessThanOrEqualTo(0);
            matched += solved.equals(optimum) ? 1 : 0;
            assertThat(PlanChecker.breaches(GreedyPlanner.plan(SmallPlans.generate(seed)))).isEmpty();
        }
        assertThat(matched).as("small plans solved to the proven optimum").isEqualTo(8);
    }
}
