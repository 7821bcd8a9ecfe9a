package org.pathway.planning.individual;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/** Gives the planning benchmark the package's small instances, exhaustive optimum and greedy baseline. */
public final class PlanningBenchmarkSupport {

    private PlanningBenchmarkSupport() {
    }

    public static IndividualPlan small(long seed) {
        return SmallPlans.generate(seed);
    }

    public static HardMediumSoftLongScore optimum(SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores,
            long seed) {
        return new ExhaustivePlanner(scores).optimum(SmallPlans.generate(seed));
    }

    public static IndividualPlan greedy(IndividualPlan plan) {
        return GreedyPlanner.plan(plan);
    }
}
