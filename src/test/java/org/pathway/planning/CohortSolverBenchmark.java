package org.pathway.planning;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.planning.cohort.CohortPlan;
import org.pathway.planning.cohort.CohortPlanner;
import org.pathway.workforce.EmployeeFindings;

/**
 * The cohort solver's configurations compared by OptaPlanner's own benchmarker on generated councils at three budgets,
 * with its HTML report (README, "Benchmarks"): the warm start alone (the value-per-pound greedy, then booking chains),
 * the shipped solver (the warm start, then late acceptance over 200 steps) and the same with a late-acceptance window
 * of 1,000.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@cohort-solver-benchmark [-Dcohort=2000] [-DbenchmarkSeconds=30]
 * [-Dcouncils=ashfield-mansfield] [-Dbudgets=150000,300000,600000]}; the report is written under
 * {@code target/cohort-solver-benchmark/}.
 */
public final class CohortSolverBenchmark {

    public static void main(String[] args) {
        GeneratedCohorts cohorts = new GeneratedCohorts();
        int size = Integer.getInteger("cohort", 2000);

        List<CohortPlan> problems = new ArrayList<>();
        for (String frameworkId : System.getProperty("councils", "ashfield-mansfield").split(",")) {
            List<EmployeeFindings> findings = cohorts.findings(frameworkId, size);
            for (String budget : System.getProperty("budgets", "150000,300000,600000").split(",")) {
                problems.add(cohorts.problem(frameworkId, findings, Long.parseLong(budget)));
                System.out.printf("Problem %d: %s, %,d employees, budget £%s%n", problems.size() - 1, frameworkId,
                        size, budget);
            }
        }

        Duration limit = Duration.ofSeconds(Integer.getInteger("benchmarkSeconds", 30));
        SolverConfig shipped = CohortPlanner.solverConfig(new TerminationConfig().withSpentLimit(limit));
        SolverConfig greedyOnly = shipped.copyConfig();
        greedyOnly.setPhaseConfigList(List.of(shipped.getPhaseConfigList().get(0)));
        SolverConfig widerWindow = shipped.copyConfig();
        ((LocalSearchPhaseConfig) widerWindow.getPhaseConfigList().get(1)).getAcceptorConfig()
                .setLateAcceptanceSize(1000);

        File directory = new File("target/cohort-solver-benchmark");
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig().withBenchmarkDirectory(directory)
                .withName("Cohort plans")
                .withParallelBenchmarkCount("1");
        config.setSolverBenchmarkConfigList(List.of(
                new SolverBenchmarkConfig().withName("Warm start only (greedies and chains)").withSolverConfig(greedyOnly),
                new SolverBenchmarkConfig().withName("Shipped (warm start then late acceptance 200)").withSolverConfig(shipped),
                new SolverBenchmarkConfig().withName("Warm start then late acceptance 1000").withSolverConfig(widerWindow)));
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
        File[] runs = directory.listFiles(File::isDirectory);
        Arrays.sort(runs);
        System.out.printf("Report (best score per configuration and problem, and the score over time): %s%n",
                new File(runs[runs.length - 1], "index.html"));
    }
}
