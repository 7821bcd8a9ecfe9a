package org.pathway.planning.individual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Small plans are solved exactly by the solver's first phase: on the seeds where local search alone stops short of the
 * optimum (2 and 47 in every run of the planning benchmark's small part, with 1 s or 200,000 score calculations), the
 * solver cut off right after that phase already holds the exhaustive optimum.
 */
class ExhaustiveSearchTest {

    /** The solver's first phase alone: whatever the plan holds after it is the exact phase's work. */
    private static final SolverFactory<IndividualPlan> FIRST_PHASE_ONLY = SolverFactory.create(firstPhaseOnly());
    private static final SolutionManager<IndividualPlan, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(FIRST_PHASE_ONLY);

    private static SolverConfig firstPhaseOnly() {
        SolverConfig config = IndividualPlanner.solverConfig(new TerminationConfig());
        return config.withPhaseList(List.of(config.getPhaseConfigList().get(0)));
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 47})
    void theExactPhaseFindsTheOptimumWhereLocalSearchStopsShort(long seed) {
        HardMediumSoftLongScore optimum = new ExhaustivePlanner(SCORES).optimum(SmallPlans.generate(seed));

        IndividualPlan solved = FIRST_PHASE_ONLY.buildSolver().solve(SmallPlans.generate(seed));

        assertThat(solved.getScore()).isEqualTo(optimum);
        assertThat(SCORES.update(solved)).as("the score the plan really has").isEqualTo(optimum);
        assertThat(PlanChecker.breaches(solved)).isEmpty();
    }

    @Test
    void onlyPlansWithFewWaysToBookThemAreSearchedExhaustively() {
        assertThat(ExhaustiveSearch.ways(SmallPlans.generate(1))).as("4 x 4 x 3 x 3 x 3").isEqualTo(432);

        IndividualPlan large = SmallPlans.generate(1);
        List<PlannedActivity> more = new ArrayList<>(large.getActivities());
        for (int copy = 0; copy < 3; copy++) {
            for (PlannedActivity a : large.getActivities()) {
                more.add(Candidates.activity(a.getActivityId() + "-" + copy, a.getTitle(), a.getCompetencyId(),
                        Candidates.OBSERVATION, a.getHours(), a.getCost(), a.getSessionRange()));
            }
        }
        IndividualPlan twenty = new IndividualPlan("e", "role", large.getStart(), large.getLimits(),
                large.getWeekOfReadiness(), large.getGaps(), large.getPrerequisites(), large.getWeeks(), more);

        assertThat(ExhaustiveSearch.ways(twenty)).isGreaterThan(ExhaustiveSearch.LIMIT);
    }
}
