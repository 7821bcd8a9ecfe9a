package org.pathway.analysis;

import org.pathway.policy.Policy;
import org.pathway.TestCatalogues;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.role.RoleProfile;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;
import org.pathway.synthetic.WorkforceGenerator;

/**
 * The readiness benchmark (README, "Benchmarks"): generated employees of every framework analysed against every role
 * of their framework, by the rules and by the plain-Java reference in the same run, both warmed and timed in alternating
 * rounds. Reports employee-role evaluations per second for both (median of the timed rounds), their ratio, and the rules' single-employee latency; checks they agree.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@readiness-benchmark [-Demployees=10000]}.
 */
public final class ReadinessBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** Timed rounds, rules and reference alternating; the median of each is reported. */
    private static final int ROUNDS = 3;

    private record Job(Employee employee, List<RoleProfile> roles, ReferenceEvaluator reference) {
    }

    public static void main(String[] args) {
        int employees = Integer.getInteger("employees", 10_000);
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        long compileStart = System.nanoTime();
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        ReadinessEngine engine = new ReadinessEngine(() -> rules, frameworks, roles);
        Policy policy = engine.analyse(generated(frameworks, roles, 5, 1).get(0).employee(),
                generated(frameworks, roles, 5, 1).get(0).roles(), AS_OF).policy();
        List<Job> jobs = generated(frameworks, roles, employees, 42).stream()
                .map(j -> new Job(j.employee(), j.roles(),
                        new ReferenceEvaluator(policy, frameworks.get(j.employee().frameworkId()))))
                .toList();
        int evaluations = jobs.stream().mapToInt(j -> j.roles().size()).sum();

        warmUp(engine, jobs);
        long[] latencies = new long[jobs.size()];
        double[] rulesRounds = new double[ROUNDS];
        double[] referenceRounds = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            rulesRounds[round] = timeRules(engine, jobs, latencies);
            referenceRounds[round] = timeReference(jobs);
        }
        double rulesSeconds = median(rulesRounds);
        double referenceSeconds = median(referenceRounds);

        long start = System.nanoTime();
        jobs.parallelStream().forEach(j -> engine.analyse(j.employee(), j.roles(), AS_OF));
        double parallelSeconds = (System.nanoTime() - start) / 1e9;

        int disagreements = disagreements(engine, jobs.subList(0, Math.min(1000, jobs.size())));
        Arrays.sort(latencies);
        System.out.printf("Readiness benchmark: %d employees, %d employee-role evaluations, %d cores, load average %.2f,"
                + " rules compiled in %.0f ms%n", jobs.size(), evaluations, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), compileMs);
        System.out.printf("| path | wall time (s), median of %d rounds | evaluations/s |%n|---|---|---|%n", ROUNDS);
        System.out.printf("| rules, one thread | %.2f | %.0f |%n", rulesSeconds, evaluations / rulesSeconds);
        System.out.printf("| rules, all cores | %.2f | %.0f |%n", parallelSeconds, evaluations / parallelSeconds);
        System.out.printf("| reference (plain Java), one thread | %.2f | %.0f |%n", referenceSeconds,
                evaluations / referenceSeconds);
        System.out.printf("rules / reference throughput (one thread): %.2f%n", referenceSeconds / rulesSeconds);
        System.out.printf("single-employee latency, rules, all roles of the framework (last timed round): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.95)] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6);
        System.out.printf("rules and reference disagree on %d of the first %d employees%n", disagreements,
                Math.min(1000, jobs.size()));
    }

    private static List<Job> generated(FrameworkCatalogue frameworks, RoleCatalogue roles, int employees, long seed) {
        List<Job> jobs = new ArrayList<>();
        List<Framework> all = frameworks.all().stream().filter(f -> !roles.rolesOf(f.id()).isEmpty()).toList();
        for (int f = 0; f < all.size(); f++) {
            Framework framework = all.get(f);
            List<RoleProfile> profiles = roles.rolesOf(framework.id());
            int share = employees / all.size() + (f < employees % all.size() ? 1 : 0);
            new WorkforceGenerator(framework, profiles).generate(share, seed + f, AS_OF)
                    .forEach(e -> jobs.add(new Job(e, profiles, null)));
        }
        return jobs;
    }

    /** Rules and reference warmed alike, in alternating rounds, so that neither is timed cold. */
    private static void warmUp(ReadinessEngine engine, List<Job> jobs) {
        List<Job> some = jobs.subList(0, Math.min(1500, jobs.size()));
        for (int round = 0; round < 2; round++) {
            timeRules(engine, some, new long[some.size()]);
            timeReference(some);
        }
    }

    /** Seconds for the rules to analyse every job on one thread, each job's latency into {@code latencies}. */
    private static double timeRules(ReadinessEngine engine, List<Job> jobs, long[] latencies) {
        long start = System.nanoTime();
        for (int i = 0; i < jobs.size(); i++) {
            long t = System.nanoTime();
            engine.analyse(jobs.get(i).employee(), jobs.get(i).roles(), AS_OF);
            latencies[i] = System.nanoTime() - t;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double timeReference(List<Job> jobs) {
        long start = System.nanoTime();
        for (Job job : jobs) {
            job.roles().forEach(role -> job.reference().evaluate(job.employee(), role, AS_OF));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int disagreements(ReadinessEngine engine, List<Job> jobs) {
        AtomicInteger count = new AtomicInteger();
        for (Job job : jobs) {
            Analysis analysis = engine.analyse(job.employee(), job.roles(), AS_OF);
            for (RoleProfile role : job.roles()) {
                ReferenceEvaluator.Outcome expected = job.reference().evaluate(job.employee(), role, AS_OF);
                Readiness actual = analysis.readinessFor(role.id()).orElseThrow();
                Map<String, Double> gaps = new java.util.TreeMap<>();
                analysis.resultsFor(role.id()).forEach(r -> gaps.put(r.competencyId(), r.gap()));
                if (actual.verdict() != expected.verdict() || actual.score() != expected.score()
                        || !gaps.equals(expected.gaps())) {
                    count.incrementAndGet();
                }
            }
        }
        return count.get();
    }
}
