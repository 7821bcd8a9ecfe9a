package org.pathway.planning.individual;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.RequirementResult;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.PlannedEvidence;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;
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
    void aSampleEmployeeGetsAFeasibleDatedPlanClosingEveryEssentialGapAndAReadinessDate() {
        // senior tiers are closed by observed work or qualifications, which take months: 78 weeks, not 52
        Employee daniel = sample("ashfield-mansfield/am-ready-1-2.json");
        SolverFactory<IndividualPlan> factory = SolverFactory.create(IndividualPlanner.solverConfig(
                new TerminationConfig().withUnimprovedSecondsSpentLimit(5L).withSpentLimit(Duration.ofSeconds(60))));
        IndividualPlan problem = PLANNER.problem(daniel, "head-of-service", START, new PlanLimits(8000, 7.4, 78));

        IndividualPlan solved = PLANNER.solve(problem, factory, score -> { });
        DevelopmentPlan plan = new DevelopmentPlans(ENGINE, factory)
                .report(daniel, FRAMEWORKS.get("ashfield-mansfield"), "Head of Service", solved);

        assertThat(PlanChecker.breaches(solved)).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.gapsClosed()).isNotEmpty();
        assertThat(plan.gapsOpen()).allSatisfy(gap -> {
            assertThat(gap.essential()).isFalse();
            assertThat(gap.reason()).isNotBlank();
        });
        assertThat(plan.totalCost()).isLessThanOrEqualTo(8000);
        assertThat(plan.steps()).allSatisfy(step -> {
            assertThat(step.start()).isAfterOrEqualTo(START);
            assertThat(step.end()).isBefore(START.plusWeeks(78));
        });
        assertThat(plan.projection().readyFrom()).isNotNull().isBefore(START.plusWeeks(78));
        assertThat(plan.constraints()).extracting(DevelopmentPlan.ConstraintLine::constraint)
                .contains("Budget cap", "Gap left open", "Lower cost", "Weekly hours cap");
        assertTheRulesMeetEveryGapThePlanCloses(daniel, "head-of-service", solved);
    }

    /** The planner's model agrees with the rules: every gap a plan closes is met once its evidence is in. */
    private static void assertTheRulesMeetEveryGapThePlanCloses(Employee employee, String target, IndividualPlan solved) {
        PlannedEvidence planned = new PlannedEvidence(FRAMEWORKS.get(employee.frameworkId()));
        List<PlannedActivity> scheduled = solved.getActivities().stream().filter(PlannedActivity::isScheduled).toList();
        List<Evidence> expected = new ArrayList<>();
        scheduled.forEach(a -> expected.addAll(planned.of(a.getActivityId(), a.getDevelops(), a.getSession().end())));
        LocalDate end = scheduled.stream().map(a -> a.getSession().end()).max(LocalDate::compareTo).orElse(START);
        List<RequirementResult> projected = ENGINE.project(employee, target, end, expected).resultsFor(target);
        for (var gap : solved.getGaps()) {
            if (gap.need().closedBy(PlannedActivity.evidenceOf(scheduled.stream()
                    .filter(a -> a.getCompetencyId().equals(gap.competencyId())).toList()))) {
                assertThat(projected).filteredOn(r -> r.competencyId().equals(gap.competencyId())).singleElement()
                        .satisfies(r -> assertThat(r.met()).as(employee.id() + ": " + gap.competency()).isTrue());
            }
        }
    }

    @Test
    void candidatesAreAtTheLevelTheRoleNeedsNeverAMoreSeniorOne() {
        // question 10: an officer was booked on a Heads of Service workshop; a Chief Executive workshop closed a
        // Service Director gap
        for (String frameworkId : List.of("ashfield-mansfield", "chief-officers-appendix-2", "cherwell-south-northants")) {
            var framework = FRAMEWORKS.get(frameworkId);
            for (Employee employee : new org.pathway.synthetic.WorkforceGenerator(framework,
                    ROLES.rolesOf(frameworkId)).generate(6, 23, START)) {
                for (String target : ROLES.get(frameworkId, employee.currentRoleId()).nextRoleIds()) {
                    IndividualPlan problem = PLANNER.problem(employee, target, START, new PlanLimits(3000, 7.4, 52));
                    for (PlannedActivity candidate : problem.getActivities()) {
                        problem.getGaps().stream().filter(g -> g.competencyId().equals(candidate.getCompetencyId()))
                                .forEach(gap -> assertThat(candidate.getReachesRank())
                                        .as(candidate.getActivityId() + " for " + employee.id() + " towards " + target)
                                        .isLessThanOrEqualTo(gap.requiredRank()));
                    }
                }
            }
        }
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
                        new PlanLimits(3000, 7.4, 52)), briefly(), score -> { });
                assertThat(PlanChecker.breaches(solved)).as(employee.id() + " for " + target).isEmpty();
                assertThat(solved.getScore().isFeasible()).isTrue();
                assertTheRulesMeetEveryGapThePlanCloses(employee, target, solved);
            }
        }
    }

    /** Feasible, then a second without improvement: long enough to close some gaps. */
    private static SolverFactory<IndividualPlan> briefly() {
        return SolverFactory.create(IndividualPlanner.solverConfig(new TerminationConfig()
                        .withUnimprovedSecondsSpentLimit(1L)
                        .withSpentLimit(Duration.ofSeconds(30))));
    }

    private static SolverFactory<IndividualPlan> untilFeasible() {
        return SolverFactory.create(IndividualPlanner.solverConfig(new TerminationConfig()
                        .withBestScoreLimit("0hard/*medium/*soft")
                        .withSpentLimit(Duration.ofSeconds(30))));
    }

    @Test
    void anOpenGapSaysWhichLimitKeptItOpenByTryingTheAlternative() {
        PlanGap gap = Candidates.gap("c", "Communication", true, 2, 0.5);
        PlanLimits limits = new PlanLimits(100, 7.4, 10);
        WhyOpen whyOpen = new WhyOpen(SolutionManager.create(untilFeasible()));

        assertThat(whyOpen.reason(plan(limits, gap), gap)).startsWith("no activity in the catalogue");
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.COMPLETION, 2, 1, 5, 50)), gap))
                .isEqualTo("evidence: all of Course together would leave Level 2: 0 of 1 more behaviours demonstrated:"
                        + " the rest needs evidence from work, such as the manager's observation");
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.OBSERVATION, 0, 1, 0, 50)), gap))
                .isEqualTo("capacity: the sessions of Course that would fit are full");
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.OBSERVATION, 12, 1, 5, 50)), gap))
                .isEqualTo("horizon: no session of Course that would fit ends within 10 weeks");
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.OBSERVATION, 2, 1, 5, 150)), gap))
                .isEqualTo("budget: Course would cost £150 and £100 is left");
        PlannedActivity busy = Candidates.activity("busy", "Busy", "d", 1.0, 12, 0,
                List.of(SessionSlot.of(START, "b", "busy", START, 12, 1, 5, "t")));
        busy.setSession(busy.getSessionRange().get(0));
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.OBSERVATION, 2, 1, 5, 50), busy), gap))
                .isEqualTo("weekly hours: every session of Course would take a week past 7.4 hours alongside the rest"
                        + " of the plan");
        assertThat(whyOpen.reason(plan(limits, gap, course(Candidates.OBSERVATION, 2, 1, 5, 50)), gap))
                .startsWith("search time: Course would fit within every limit");
    }

    @Test
    void aFreeOptionWithAPaidPrerequisiteIsKeptOpenByTheBudgetNotTheWeeklyHours() {
        // issue 12, defect 7: "weekly hours" was given where a 1-hour-a-week session fitted and the budget was the
        // real limit: the free option needed a paid prerequisite
        PlanGap gap = Candidates.gap("c", "Communication", true, 2, 0.5);
        PlannedActivity paid = Candidates.activity("paid", "Foundation course", "d", Candidates.OBSERVATION, 7, 500,
                List.of(SessionSlot.of(START, "p", "paid", START.plusWeeks(1), 1, 7, 5, "t")));
        PlannedActivity free = Candidates.activity("free", "Stretch project", "c", Candidates.OBSERVATION, 10, 0,
                List.of(SessionSlot.of(START, "f", "free", START.plusWeeks(4), 10, 1, 5, "t")));
        IndividualPlan plan = new IndividualPlan("e", "r", START, new PlanLimits(100, 7.4, 20), new WeekOfReadiness(100),
                List.of(gap), List.of(new Prerequisite("free", "paid")), List.of(), List.of(paid, free));

        assertThat(new WhyOpen(SolutionManager.create(untilFeasible())).reason(plan, gap))
                .isEqualTo("budget: Foundation course, Stretch project would cost £500 and £100 is left");
    }

    @Test
    void anEarlierDearerPlanBeatsALaterFreeOneWhenTheWeeksItSavesAreWorthMoreThanItCosts() {
        // issue 12, question 14: at £20 a week, 29 weeks sooner (£580) did not pay for a £1,000 course
        PlanGap gap = Candidates.gap("c", "Communication", true, 2, 0.5);
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
        return Candidates.activity(id, id, "c", Candidates.OBSERVATION, 7, cost, List.of(slot));
    }

    private static PlannedActivity course(double weight, int startWeek, int weeks, int places, long cost) {
        SessionSlot slot = SessionSlot.of(START, "s", "course", START.plusWeeks(startWeek), weeks, 7, places, "t");
        return Candidates.activity("course", "Course", "c", weight, 7, cost, List.of(slot));
    }

    private static IndividualPlan plan(PlanLimits limits, PlanGap gap, PlannedActivity... activities) {
        List<Week> weeks = IntStream.range(0, limits.horizonWeeks()).mapToObj(Week::new).toList();
        return new IndividualPlan("e", "r", START, limits, new WeekOfReadiness(100), List.of(gap), List.of(), weeks,
                List.of(activities));
    }
}
