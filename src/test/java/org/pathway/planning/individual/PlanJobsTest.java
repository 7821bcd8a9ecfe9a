package org.pathway.planning.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.TestCatalogues;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.PersonErased;
import org.pathway.planning.PlanLimits;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.rules.RuleHarness;

/** Plan jobs are bounded: a few running per user, finished ones forgotten after a while, a person's gone with them. */
class PlanJobsTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final Employee HANNAH = new EmployeeReader(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES)
            .read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json"));

    /** A clock the test moves on. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private SolverManager<IndividualPlan, UUID> solvers;

    private PlanJobs jobs(Duration search) {
        SolverFactory<IndividualPlan> factory = SolverFactory.create(IndividualPlanner.solverConfig(
                new TerminationConfig().withSpentLimit(search)));
        solvers = SolverManager.create(factory);
        return new PlanJobs(solvers, factory, new IndividualPlanner(TestCatalogues.FRAMEWORKS, TestCatalogues.ACTIVITIES,
                ENGINE), ENGINE, TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES, clock);
    }

    private static UUID start(PlanJobs jobs, String requester) {
        return jobs.start(requester, HANNAH, "service-manager", START, new PlanLimits(1500, 7.4, 52));
    }

    private static void awaitDone(PlanJobs jobs, UUID id) throws InterruptedException {
        while (!jobs.view(id, "hannah", false).orElseThrow().status().equals("DONE")) {
            Thread.sleep(50);
        }
    }

    @AfterEach
    void stopSolvers() {
        if (solvers != null) {
            solvers.close();
        }
    }

    @Test
    void aUserMayHaveOnlyAFewPlansRunningAtOnce() {
        PlanJobs jobs = jobs(Duration.ofMinutes(5));
        for (int i = 0; i < PlanJobs.RUNNING_PER_USER; i++) {
            start(jobs, "hannah");
        }

        assertThatThrownBy(() -> start(jobs, "hannah")).isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("at most " + PlanJobs.RUNNING_PER_USER);
        assertThat(start(jobs, "daniel")).as("another user is not held up").isNotNull();
    }

    @Test
    void aFinishedPlanIsForgottenAfterItsTime() throws InterruptedException {
        PlanJobs jobs = jobs(Duration.ofMillis(300));
        UUID id = start(jobs, "hannah");
        awaitDone(jobs, id);

        clock.now = clock.now.plus(PlanJobs.KEPT).minusSeconds(60);
        assertThat(jobs.view(id, "hannah", false)).isPresent();
        clock.now = clock.now.plusSeconds(120);
        assertThat(jobs.view(id, "hannah", false)).isEmpty();
    }

    @Test
    void anErasedPersonsJobsAndTheJobsTheyAskedForGo() {
        PlanJobs jobs = jobs(Duration.ofMinutes(5));
        UUID about = start(jobs, "daniel");
        UUID askedFor = start(jobs, "hannah");

        jobs.forget(new PersonErased(HANNAH.id(), "hannah"));

        assertThat(jobs.view(about, "daniel", true)).isEmpty();
        assertThat(jobs.view(askedFor, "hannah", true)).isEmpty();
        assertThat(jobs.about(HANNAH.id())).isEmpty();
    }
}
