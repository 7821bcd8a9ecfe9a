package org.pathway.workforce;

import org.pathway.synthetic.WorkforceGenerator;
import org.pathway.TestCatalogues;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;

/**
 * The workforce benchmark (README, "Benchmarks"): training needs analysis and succession pipeline over generated
 * councils of 5,000 and 50,000 employees (Ashfield/Mansfield, the longest ladder), on all cores. Reports wall time,
 * employees per second, peak heap and how time grows with size.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@workforce-benchmark [-Dframework=id] [-Dsizes=5000,50000]}.
 */
public final class WorkforceBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    public static void main(String[] args) {
        String frameworkId = System.getProperty("framework", "ashfield-mansfield");
        List<Integer> sizes = List.of(System.getProperty("sizes", "5000,50000").split(",")).stream()
                .map(String::strip).map(Integer::parseInt).toList();
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        Framework framework = frameworks.get(frameworkId);
        int cores = Runtime.getRuntime().availableProcessors();
        WorkforceAnalyser analyser = new WorkforceAnalyser(new ReadinessEngine(() -> rules, frameworks, roles), roles,
                new AnalysisThreads(cores).executor());
        TrainingNeedsAnalysis tna = new TrainingNeedsAnalysis(frameworks, roles);
        SuccessionPipeline succession = new SuccessionPipeline(frameworks, roles);

        analyser.analyse(new WorkforceGenerator(framework, roles.rolesOf(frameworkId)).generate(5000, 1, AS_OF), AS_OF,
                WorkforceAnalyser.Progress.NONE);
        System.out.printf("Workforce benchmark: %s, %d cores, max heap %d MB%n", frameworkId, cores,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("| employees | evaluations | wall time (s) | employees/s | peak heap (MB) | ready now (all roles) |%n");
        System.out.printf("|---|---|---|---|---|---|%n");
        double previous = 0;
        int previousSize = 0;
        for (int size : sizes) {
            List<Employee> workforce = new WorkforceGenerator(framework, roles.rolesOf(frameworkId))
                    .generate(size, 2026, AS_OF);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            List<EmployeeFindings> findings = analyser.analyse(workforce, AS_OF, (done, total) -> { });
            TrainingNeedsReport needs = tna.analyse(findings, UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM);
            SuccessionReport pipeline = succession.analyse(findings, UnitScope.WHOLE_COUNCIL, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            long evaluations = findings.stream().mapToLong(f -> f.roles().size()).sum();
            int readyNow = pipeline.roles().stream().mapToInt(SuccessionReport.RolePipeline::readyNow).sum();
            System.out.printf("| %,d | %,d | %.1f | %,.0f | %,d | %d (%d TNA rows) |%n", size, evaluations, seconds,
                    size / seconds, peakHeapMb(), readyNow, needs.byUnit().size());
            if (previousSize > 0) {
                System.out.printf("time grew %.1fx for %.1fx the employees%n", seconds / previous,
                        (double) size / previousSize);
            }
            previous = seconds;
            previousSize = size;
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
