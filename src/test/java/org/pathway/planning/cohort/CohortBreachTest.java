package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** A plan's hard breaches are explained by what was broken and by how much, not by the bare facts matched. */
class CohortBreachTest {

    @Test
    void anOverbookedOverspentPlanSaysWhichSessionAndHowMuch() {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession course = cohort.session("course", 0, 1, 1000, 100);
        CohortPlan plan = cohort.needs(2, 500, course).plan(1000);
        plan.getNeeds().forEach(need -> need.setSession(course));

        var explanation = SolutionManager.create(SolverFactory.<CohortPlan>create(CohortPlanner.solverConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(1))))).explain(plan);

        assertThat(explanation.getJustificationList(CohortBreach.class)).containsExactlyInAnyOrder(
                new CohortBreach.Overbooked(course, 2), new CohortBreach.Overspent(1200, 1000));
    }
}
