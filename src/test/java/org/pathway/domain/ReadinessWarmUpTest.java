package org.pathway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.rules.RuleHarness;

class ReadinessWarmUpTest {

    private static final List<Employee> SAMPLES = List.of(new EmployeeReader(TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES).read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json")));

    /** How many analyses ran: each asks for the rules once. */
    private final AtomicInteger sessions = new AtomicInteger();
    private final ReadinessEngine engine = new ReadinessEngine(() -> {
        sessions.incrementAndGet();
        return RuleHarness.rules();
    }, TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES);

    @Test
    void analysesEverySampleAtLeastOnceEvenWithNoTimeToSpare() {
        int rounds = ReadinessWarmUp.run(engine, TestCatalogues.ROLES, SAMPLES, Duration.ZERO);

        assertThat(rounds).isEqualTo(1);
        assertThat(sessions.get()).isEqualTo(2); // the analysis against every role, and the promotion paths
    }

    @Test
    void keepsAnalysingUntilItsTimeIsUp() {
        long started = System.nanoTime();

        int rounds = ReadinessWarmUp.run(engine, TestCatalogues.ROLES, SAMPLES, Duration.ofMillis(300));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(sessions.get()).isEqualTo(2 * rounds);
    }

    @Test
    void withNoSampleEmployeesThereIsNothingToWarm() {
        assertThat(ReadinessWarmUp.run(engine, TestCatalogues.ROLES, List.of(), Duration.ofSeconds(5))).isZero();
        assertThat(sessions.get()).isZero();
    }
}
