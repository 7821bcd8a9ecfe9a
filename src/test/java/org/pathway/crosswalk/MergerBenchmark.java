package org.pathway.crosswalk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.domain.Domain;
import org.pathway.domain.PathwayProperties;
import org.pathway.people.Employee;
import org.pathway.synthetic.WorkforceGenerator;

/**
 * The merger benchmark (README, "Benchmarks"): two generated councils of 5,000 employees each (Ashfield/Mansfield and
 * Slough unless told) merged into the second's framework through the shipped crosswalk, each competency's best
 * suggestion taken as agreed; the rules compiled first, then the simulation timed (every employee judged twice).
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@merger-benchmark [-Demployees=5000] [-Dfrom=..] [-Dinto=..]}.
 */
public final class MergerBenchmark {

    private MergerBenchmark() {
    }

    public static void main(String[] args) {
        int count = Integer.getInteger("employees", 5000);
        String from = System.getProperty("from", "ashfield-mansfield");
        String into = System.getProperty("into", "slough-leadership");
        Domain domain = Domain.forCommand(new PathwayProperties(Path.of("datasets"), Path.of("rules"), false, null));
        LocalDate asOf = LocalDate.now();
        List<Employee> employees = new ArrayList<>();
        for (String framework : List.of(from, into)) {
            employees.addAll(new WorkforceGenerator(domain.frameworks().get(framework),
                    domain.roles().rolesOf(framework)).generate(count, 2026, asOf));
        }
        domain.engine().policy();
        long start = System.nanoTime();
        MergerSimulation simulation = new MergerSimulation(domain.frameworks(), domain.roles(), domain.engine(),
                new CrosswalkSuggester(domain.frameworks(), domain.roles()), domain.analysisThreads().executor());
        MergerSimulation.Report report = simulation.simulate(employees, into,
                f -> domain.crosswalks().find(f, into).orElseThrow().withBestSuggestionsAgreed(), asOf);
        double seconds = (System.nanoTime() - start) / 1e9;
        long gain = report.byUnit().stream().mapToInt(MergerSimulation.Tally::gain).sum();
        long lose = report.byUnit().stream().mapToInt(MergerSimulation.Tally::lose).sum();
        long little = report.byUnit().stream().mapToInt(MergerSimulation.Tally::tooLittle).sum();
        System.out.printf("Merger benchmark: %,d employees (%s and %s) into %s: %.1f s (index, role rungs and every"
                + " employee judged under both frameworks); %d gain, %d lose, %d too little translated evidence;"
                + " %d cores%n", report.employees(), from, into, into, seconds, gain, lose, little,
                Runtime.getRuntime().availableProcessors());
    }
}
