package org.pathway.workforce.equality;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pathway.TestCatalogues;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;
import org.pathway.synthetic.WorkforceGenerator;
import org.pathway.workforce.AnalysisThreads;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.EvidenceQuality;
import org.pathway.workforce.SuccessionPipeline;
import org.pathway.workforce.SuccessionRisk;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceAnalyser;

/**
 * The equality benchmark (README, "Benchmarks"): a generated council (default 50,000 Ashfield/Mansfield employees
 * with their characteristics) analysed once on all cores, as the findings read model holds it, then the reports of
 * issue 19 worked out from those findings, each five times: the equality impact report by directorate, by service and
 * by team (with suppression decided over every unit), the evidence quality monitor and succession risk.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@equality-benchmark [-Demployees=50000] [-Druns=5]}.
 */
public final class EqualityBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    public static void main(String[] args) {
        int employees = Integer.getInteger("employees", 50_000);
        int runs = Integer.getInteger("runs", 5);
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        int cores = Runtime.getRuntime().availableProcessors();
        WorkforceAnalyser analyser = new WorkforceAnalyser(new ReadinessEngine(() -> rules, frameworks, roles), roles,
                new AnalysisThreads(cores).executor());
        List<Employee> council = new WorkforceGenerator(frameworks.get("ashfield-mansfield"),
                roles.rolesOf("ashfield-mansfield")).generate(employees, 2026, AS_OF);
        Map<String, org.pathway.people.Characteristics> characteristics = council.stream()
                .collect(Collectors.toMap(Employee::id, Employee::characteristics));

        long start = System.nanoTime();
        List<EmployeeFindings> findings = analyser.analyse(council, AS_OF, WorkforceAnalyser.Progress.NONE);
        double analysis = (System.nanoTime() - start) / 1e9;
        System.out.printf("Equality benchmark: %,d employees, %d cores, max heap %d MB; the analysis (once, as the"
                + " read model does it) took %.1f s%n", employees, cores, Runtime.getRuntime().maxMemory() >> 20,
                analysis);
        EqualityImpact impact = new EqualityImpact(frameworks);
        SuccessionPipeline succession = new SuccessionPipeline(frameworks, roles);
        System.out.println("| report | runs (s) | median (s) |");
        System.out.println("|---|---|---|");
        for (UnitLevel by : UnitLevel.values()) {
            time("equality impact by " + by.name().toLowerCase(), runs, () -> impact.report(findings, characteristics,
                    Map.of(), UnitScope.WHOLE_COUNCIL, by));
        }
        time("evidence quality by service", runs,
                () -> EvidenceQuality.of(findings, UnitScope.WHOLE_COUNCIL, UnitLevel.SERVICE, 36));
        time("succession pipeline and risk", runs, () -> SuccessionRisk.of(succession.analyse(findings,
                UnitScope.WHOLE_COUNCIL, null), findings, AS_OF, 12));
        EqualityReport report = impact.report(findings, characteristics, Map.of(), UnitScope.WHOLE_COUNCIL,
                UnitLevel.DIRECTORATE);
        long cells = report.tables().stream().flatMap(t -> t.units().stream()).mapToLong(u -> u.groups().size()).sum();
        long shown = report.tables().stream().flatMap(t -> t.units().stream())
                .mapToLong(u -> u.groups().stream().filter(g -> !g.suppressed()).count()).sum();
        long flagged = report.tables().stream().flatMap(t -> t.units().stream())
                .mapToLong(u -> u.groups().stream().filter(EqualityReport.Cell::flagged).count()).sum();
        System.out.printf("by directorate: %d group cells, %d shown, %d flagged%n", cells, shown, flagged);
    }

    private static void time(String what, int runs, Supplier<Object> work) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf("| %s | %s | %.2f |%n", what, seconds.stream().map(s -> String.format("%.2f", s))
                .collect(Collectors.joining(", ")), sorted.get(sorted.size() / 2));
    }
}
