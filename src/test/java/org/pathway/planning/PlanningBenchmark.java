package org.pathway.planning;

import org.pathway.TestCatalogues;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.cohort.CohortChecker;
import org.pathway.planning.cohort.CohortGreedy;
import org.pathway.planning.cohort.CohortPlan;
import org.pathway.planning.cohort.CohortPlanner;
import org.pathway.planning.cohort.LagrangianBound;
import org.pathway.planning.cohort.LpBound;
import org.pathway.planning.cohort.ValuePerPoundGreedy;
import org.pathway.planning.cohort.Need;
import org.pathway.planning.individual.IndividualPlan;
import org.pathway.planning.individual.IndividualPlanner;
import org.pathway.planning.individual.PlanningBenchmarkSupport;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;
import org.pathway.workforce.AnalysisThreads;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.WorkforceAnalyser;
import org.pathway.synthetic.WorkforceGenerator;

/**
 * The planning benchmark (README, "Benchmarks"): 50 small individual plans against the exhaustive optimum (1 s each),
 * 10 medium ones (15 or more candidate activities, two per framework) against the greedy baseline, and 2,000-employee
 * cohort plans of two councils at three budgets against their LP bound, each within 60 s (or {@code -DcohortSeconds}),
 * their hard constraints checked independently of the solver.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@planning-benchmark [-Dparts=small,medium,cohort] [-Dcohort=2000]
 * [-DcohortSeconds=60] [-Dcouncils=ashfield-mansfield,cambridge-city] [-Dbudgets=150000,300000,600000]
 * [-DlagrangianSteps=20]}. Two bounds: the LP relaxation, and the Lagrangian one that also counts each person's weekly
 * hours and clashes (from the LP's prices, then subgradient steps); the gap is to the lower of the two.
 */
public final class PlanningBenchmark {

    private static final LocalDate START = LocalDate.of(2026, 11, 30);
    /** A medium plan has at least this many candidate activities (a small one has five). */
    private static final int MEDIUM = 15;

    public static void main(String[] args) {
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        ActivityCatalogue activities = new ActivityLoader().load(Path.of("datasets"), frameworks);
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        ReadinessEngine engine = new ReadinessEngine(() -> rules, frameworks, roles);

        String parts = System.getProperty("parts", "small,medium,cohort");
        if (parts.contains("small")) {
            small();
        }
        if (parts.contains("medium")) {
            medium(frameworks, roles, activities, engine);
        }
        if (parts.contains("cohort")) {
            cohort(frameworks, roles, activities, engine, Integer.getInteger("cohort", 2000));
        }
    }

    private static void small() {
        SolverFactory<IndividualPlan> oneSecond = SolverFactory.create(IndividualPlanner.solverConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(1))));
        SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores = SolutionManager.create(oneSecond);
        List<Long> missed = new ArrayList<>();
        for (long seed = 1; seed <= 50; seed++) {
            HardMediumSoftLongScore optimum = PlanningBenchmarkSupport.optimum(scores, seed);
            HardMediumSoftLongScore solved = oneSecond.buildSolver().solve(PlanningBenchmarkSupport.small(seed)).getScore();
            if (!solved.equals(optimum)) {
                missed.add(seed);
            }
        }
        System.out.printf("Small individual plans (12 candidate sessions, 432 ways to book them: the exact phase's)"
                + " OptaPlanner within 1 s matched the exhaustive optimum on %d of 50 (%.0f%%); missed seeds %s%n%n",
                50 - missed.size(),
                (50 - missed.size()) * 2.0, missed);
    }

    private static void medium(FrameworkCatalogue frameworks, RoleCatalogue roles, ActivityCatalogue activities,
            ReadinessEngine engine) {
        IndividualPlanner planner = new IndividualPlanner(frameworks, activities, engine);
        SolverFactory<IndividualPlan> factory = IndividualPlanner.solverFactory(Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores = SolutionManager.create(factory);
        System.out.printf("| medium plan | candidates | greedy | OptaPlanner (10 s) | better |%n|---|---|---|---|---|%n");
        int better = 0;
        int n = 0;
        for (Framework framework : frameworks.all()) {
            int taken = 0;
            for (Employee employee : new WorkforceGenerator(framework, roles.rolesOf(framework.id()))
                    .generate(200, 3, START)) {
                List<String> next = roles.get(framework.id(), employee.currentRoleId()).nextRoleIds();
                PlanLimits limits = new PlanLimits(1500, 7.4, 40);
                if (taken == 2 || next.isEmpty()
                        || planner.problem(employee, next.get(0), START, limits).getActivities().size() < MEDIUM) {
                    continue;
                }
                taken++;
                String target = next.get(0);
                IndividualPlan greedy = PlanningBenchmarkSupport.greedy(planner.problem(employee, target, START, limits));
                HardMediumSoftLongScore greedyScore = scores.update(greedy);
                IndividualPlan solved = planner.solve(planner.problem(employee, target, START, limits), factory, s -> { });
                boolean wins = solved.getScore().compareTo(greedyScore) > 0;
                better += wins ? 1 : 0;
                n++;
                System.out.printf("| %s for %s | %d | %s | %s | %s |%n", employee.id(), target,
                        solved.getActivities().size(), greedyScore, solved.getScore(), wins ? "yes" : "no");
            }
        }
        System.out.printf("OptaPlanner better than greedy on %d of %d medium plans%n%n", better, n);
    }

    /**
     * Cohort plans of {@code size} employees for each council and budget: the LP bound on value met, both greedies and
     * OptaPlanner, each plan's hard constraints checked independently of the solver.
     */
    private static void cohort(FrameworkCatalogue frameworks, RoleCatalogue roles, ActivityCatalogue activities,
            ReadinessEngine engine, int size) {
        int seconds = Integer.getInteger("cohortSeconds", 60);
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds))));
        CohortPlanner planner = new CohortPlanner(activities, roles);
        System.out.printf("Cohort plans, %d employees each; value met (needs met); gap = (bound - OptaPlanner) / bound%n",
                size);
        System.out.printf("| council | budget | needs | sessions | LP bound | Lagrangian bound (people's hours and clashes)"
                + " | greedy | construction | OptaPlanner (%d s) | gap to bound | gain over greedy | hard breaches |%n",
                seconds);
        System.out.printf("|---|---|---|---|---|---|---|---|---|---|---|---|%n");
        for (String frameworkId : System.getProperty("councils", "ashfield-mansfield,cambridge-city").split(",")) {
            Framework framework = frameworks.get(frameworkId);
            List<Employee> workforce = new WorkforceGenerator(framework, roles.rolesOf(frameworkId))
                    .generate(size, 2026, START);
            List<EmployeeFindings> findings = new WorkforceAnalyser(engine, roles,
                    new AnalysisThreads(Runtime.getRuntime().availableProcessors()).executor())
                    .analyse(workforce, START, WorkforceAnalyser.Progress.NONE);
            for (String budget : System.getProperty("budgets", "150000,300000,600000").split(",")) {
                Supplier<CohortPlan> problem = () -> planner.problem(framework, findings, START, 52, Long.parseLong(budget));
                double lp = LpBound.valueMet(problem.get());
                CohortPlan greedy = CohortGreedy.plan(problem.get());
                CohortPlan perPound = ValuePerPoundGreedy.plan(problem.get());
                long lagrangianStart = System.nanoTime();
                double lagrangian = LagrangianBound.valueMet(problem.get(), Integer.getInteger("lagrangianSteps", 20),
                        value(perPound));
                double lagrangianSeconds = (System.nanoTime() - lagrangianStart) / 1e9;
                double bound = Math.min(lp, lagrangian);
                CohortPlan solved = planner.solve(problem.get(), factory, s -> { });
                int breaches = CohortChecker.breaches(greedy).size() + CohortChecker.breaches(perPound).size()
                        + CohortChecker.breaches(solved).size();
                System.out.printf("| %s | £%,d | %,d | %,d | %,.0f | %s (%.0f s) | %s | %s | %s | %.2f%% | %+.1f%% | %d |%n",
                        frameworkId, Long.parseLong(budget), solved.getNeeds().size(), solved.getSessions().size(), lp,
                        String.format("%,.0f", lagrangian), lagrangianSeconds, met(greedy),
                        met(perPound), met(solved), 100 * (bound - value(solved)) / bound,
                        100.0 * (value(solved) - value(greedy)) / value(greedy), breaches);
            }
        }
    }

    private static String met(CohortPlan plan) {
        return String.format("%,d (%,d)", value(plan), plan.getNeeds().stream().filter(Need::isBooked).count());
    }

    private static long value(CohortPlan plan) {
        return plan.getNeeds().stream().filter(Need::isBooked).mapToLong(Need::getValue).sum();
    }
}
