package org.pathway.planning.individual;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityType;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.SessionSlot;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleHarness;

class IndividualPlannerTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;
    private static final ActivityCatalogue ACTIVITIES = TestCatalogues.ACTIVITIES;
    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, FRAMEWORKS, ROLES);
    private static final IndividualPlanner PLANNER = new IndividualPlanner(FRAMEWORKS, ACTIVITIES, ENGINE);

    /** Stops as soon as every gap is closed within the limits, not on a clock (the clock is only a safety net). */
    static SolverFactory<IndividualPlan> untilEveryGapClosed() {
        return SolverFactory.create(IndividualPlanner.solverConfig(new TerminationConfig()
                        .withBestScoreLimit("0hard/0medium/*soft")
                        .withSpentLimit(Duration.ofSeconds(60))));
    }

    private static Employee sample(String file) {
        return new EmployeeReader(FRAMEWORKS, ROLES).read(Path.of("datasets/workforce", file));
    }

    @Test
    void aSampleEmployeeGetsAFeasibleDatedPlanClosingEveryGapAndAReadinessDate() {
        Employee daniel = sample("ashfield-mansfield/am-ready-1-2.json");
        SolverFactory<IndividualPlan> factory = untilEveryGapClosed();
        IndividualPlan problem = PLANNER.problem(daniel, "head-of-service", START, new PlanLimits(2000, 7.4, 52));

        IndividualPlan solved = PLANNER.solve(problem, factory, score -> { });
        DevelopmentPlan plan = new DevelopmentPlans(ENGINE, factory)
                .report(daniel, FRAMEWORKS.get("ashfield-mansfield"), "Head of Service", solved);

        assertThat(PlanChecker.breaches(solved)).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.gapsOpen()).isEmpty();
        assertThat(plan.gapsClosed()).hasSize(problem.getGaps().size()).isNotEmpty();
        assertThat(plan.totalCost()).isLessThanOrEqualTo(2000);
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.start()).isAfterOrEqualTo(START));
        assertThat(plan.projection().readyFrom()).isNotNull().isBefore(START.plusWeeks(53));
        assertThat(plan.constraints()).extracting(DevelopmentPlan.ConstraintLine::constraint)
                .contains("Budget cap", "Gap left open", "Lower cost", "Weekly hours cap");
    }

    @Test
    void generatedEmployeesOfEveryFrameworkGetFeasiblePlans() {
        for (var framework : FRAMEWORKS.all()) {
            List<Employee> employees = new org.pathway.synthetic.WorkforceGenerator(framework,
                    ROLES.rolesOf(framework.id())).generate(4, 17, START);
            for (Employee employee : employees) {
                List<String> above = ROLES.get(framework.id(), employee.currentRoleId()).nextRoleIds();
                String target = above.isEmpty() ? employee.currentRoleId() : above.get(0);
                IndividualPlan solved = PLANNER.solve(PLANNER.problem(employee, target, START,
                        new PlanLimits(3000, 7.4, 52)), untilFeasible(), score -> { });
                assertThat(PlanChecker.breaches(solved)).as(employee.id() + " for " + target).isEmpty();
                assertThat(solved.getScore().isFeasible()).isTrue();
            }
        }
    }

    private static SolverFactory<IndividualPlan> untilFeasible() {
        return SolverFactory.create(IndividualPlanner.solverConfig(new TerminationConfig()
                        .withBestScoreLimit("0hard/*medium/*soft")
                        .withSpentLimit(Duration.ofSeconds(30))));
    }

    @Test
    void anOpenGapSaysWhetherCapacityHorizonBudgetOrTheWeekKeptItOpen() {
        PlanGap gap = new PlanGap("c", "Communication", 2, "Level 2", true, 2, 0.5);
        PlanLimits limits = new PlanLimits(100, 7.4, 10);

        assertThat(DevelopmentPlans.whyOpen(plan(limits, gap), gap, 0)).startsWith("no activity in the catalogue");
        assertThat(DevelopmentPlans.whyOpen(plan(limits, gap, candidate(0, 1, 0, 50)), gap, 0))
                .isEqualTo("capacity: every session of Course is full");
        assertThat(DevelopmentPlans.whyOpen(plan(limits, gap, candidate(12, 1, 5, 50)), gap, 0))
                .isEqualTo("horizon: no session with places of Course ends within 10 weeks");
        assertThat(DevelopmentPlans.whyOpen(plan(limits, gap, candidate(2, 1, 5, 150)), gap, 0))
                .isEqualTo("budget: the cheapest option costs £150 and £100 is left");
        assertThat(DevelopmentPlans.whyOpen(plan(limits, gap, candidate(2, 1, 5, 50)), gap, 0))
                .startsWith("weekly hours: no session of Course fits within 7.4 hours a week");
    }

    @Test
    void anEarlierDearerPlanBeatsALaterFreeOneWhenTheWeeksItSavesAreWorthMoreThanItCosts() {
        // issue 12, question 14: at £20 a week, 29 weeks sooner (£580) did not pay for a £1,000 course
        PlanGap gap = new PlanGap("c", "Communication", 2, "Level 2", true, 2, 0.5);
        PlanLimits limits = new PlanLimits(2000, 7.4, 52);
        SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores = SolutionManager.create(untilFeasible());

        for (long pounds : new long[] {20, 100}) {
            PlannedActivity early = option("early", 1, 1000);
            PlannedActivity late = option("late", 30, 0);
            IndividualPlan plan = new IndividualPlan("e", "r", START, limits, new WeekOfReadiness(pounds),
                    List.of(gap), List.of(), List.of(), List.of(early, late));
            early.setSession(early.getSessionRange().get(0));
            HardMediumSoftLongScore earlyScore = scores.update(plan);
            early.setSession(null);
            late.setSession(late.getSessionRange().get(0));
            HardMediumSoftLongScore lateScore = scores.update(plan);

            assertThat(earlyScore.compareTo(lateScore) > 0).as("£" + pounds + " a week").isEqualTo(pounds == 100);
        }
    }

    private static PlannedActivity option(String id, int startWeek, long cost) {
        SessionSlot slot = SessionSlot.of(START, id + ".s1", id, START.plusWeeks(startWeek), 1, 7, 5, "t");
        return new PlannedActivity(id, id, ActivityType.COURSE, "c", 2, 7, cost, List.of(slot));
    }

    private static PlannedActivity candidate(int startWeek, int weeks, int places, long cost) {
        SessionSlot slot = SessionSlot.of(START, "s", "course", START.plusWeeks(startWeek), weeks, 7, places, "t");
        return new PlannedActivity("course", "Course", ActivityType.COURSE, "c", 2, 7, cost, List.of(slot));
    }

    private static IndividualPlan plan(PlanLimits limits, PlanGap gap, PlannedActivity... activities) {
        return new IndividualPlan("e", "r", START, limits, new WeekOfReadiness(100), List.of(gap), List.of(), List.of(), List.of(activities));
    }
}
