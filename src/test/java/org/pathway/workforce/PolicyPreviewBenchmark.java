package org.pathway.workforce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pathway.PathwayApplication;
import org.pathway.rules.RuleSources;
import org.pathway.versions.PolicyVersions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The policy preview benchmark (README, "Benchmarks"): the service started in this JVM on an in-memory database that
 * holds a generated Ashfield/Mansfield council (5,000 employees unless told), stored as the workforce views benchmark
 * stores it; then a proposed policy (the recency window from 36 to 24 months) previewed against it three times, as the
 * admin page and API preview it: the proposal compiled and tried on the sample employees, every stored employee loaded
 * and judged under the version in force and the proposal. Prints each time, the median and how many verdicts change.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@policy-preview-benchmark [-Demployees=5000]}.
 */
public final class PolicyPreviewBenchmark {

    private static final int RUNS = 3;

    private PolicyPreviewBenchmark() {
    }

    public static void main(String[] args) {
        int employees = Integer.getInteger("employees", 5000);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(PathwayApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:preview-benchmark;DB_CLOSE_DELAY=-1",
                "--pathway.demo-data=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            WorkforceViewsBenchmark.store(service, employees);
            PolicyVersions versions = service.getBean(PolicyVersions.class);
            RuleSources proposal = versions.inForceSources().withPolicy(versions.inForceSources().policy()
                    .replace("\"recencyMonths\": 36", "\"recencyMonths\": 24"));
            List<Double> seconds = new ArrayList<>();
            PolicyVersions.Preview preview = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                preview = versions.preview(proposal);
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            System.out.printf("Policy preview benchmark: %,d stored employees, %,d verdicts judged under each version,"
                    + " %,d would change (%s); %d cores, max heap %d MB%n", preview.impact().employees(),
                    preview.impact().verdicts(), preview.impact().changes().size(), preview.impact().transitions(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("runs: %s s; median %.1f s%n", seconds.stream().map(s -> String.format("%.1f", s))
                    .toList(), sorted.get(RUNS / 2));
        } finally {
            service.close();
        }
    }
}
