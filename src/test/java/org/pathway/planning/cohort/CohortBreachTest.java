package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;

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

    @Test
    void aDoubleBookedTrainerAndSomeoneOnTwoEventsInAWeekSayWhoAndWhichSessions() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        CohortSession first = new CohortSession(SessionSlot.of(monday, "a", "a", monday, 1, 4, 10, "Ann"), "a", "A", "c",
                2, 10, 0, 0, true, "Room 1");
        CohortSession second = new CohortSession(SessionSlot.of(monday, "b", "b", monday.plusDays(2), 1, 4, 10, "Ann"),
                "b", "B", "d", 2, 10, 0, 0, true, "Room 2");
        Need onFirst = new Need("e1/c", "e1", "unit", "c", 2, 100, 7.4, List.of(first));
        Need onSecond = new Need("e1/d", "e1", "unit", "d", 2, 100, 7.4, List.of(second));
        onFirst.setSession(first);
        onSecond.setSession(second);
        CohortPlan plan = new CohortPlan(new CohortBudget(10_000), List.of(first, second), List.of(new Week(0)),
                List.of(onFirst, onSecond));

        var explanation = SolutionManager.create(SolverFactory.<CohortPlan>create(CohortPlanner.solverConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(1))))).explain(plan);

        assertThat(explanation.getJustificationList(CohortBreach.class)).containsExactlyInAnyOrder(
                new CohortBreach.DoubleBooked("Ann", first, second), new CohortBreach.Clash("e1", first, second),
                new CohortBreach.OverHours("e1", 0, 80, 74));
    }
}
