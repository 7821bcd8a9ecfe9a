package org.pathway.planning.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.PersonErased;
import org.pathway.planning.PlanLimits;
import org.pathway.problem.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plan jobs are rows in the database run by the scheduler: a few running per user, stopped on request with the best
 * plan found, finished ones forgotten after a while, a person's gone with them. Several instances: SeveralInstancesIT.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanJobsTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    @Autowired
    private PlanJobs jobs;
    @Autowired
    private EvidenceLedger ledger;
    @Autowired
    private DataSource database;
    @Autowired
    private ApplicationEventPublisher events;
    private final List<UUID> started = new ArrayList<>();

    private UUID start(String requester) {
        Employee hannah = ledger.employee("am-ready-now");
        UUID id = jobs.start(requester, hannah, "service-manager", START, new PlanLimits(1500, 7.4, 52));
        started.add(id);
        return id;
    }

    private PlanJobs.JobView awaitFinished(UUID id) throws InterruptedException {
        for (int poll = 0; poll < 600; poll++) {
            PlanJobs.JobView view = jobs.view(id, "", true).orElseThrow();
            if (!view.status().equals("SOLVING")) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan job " + id + " did not finish in 60 s");
    }

    @AfterEach
    void stopStarted() {
        started.forEach(id -> jobs.stop(id, "", true));
    }

    @Test
    void aUserMayHaveOnlyAFewPlansRunningAtOnce() {
        for (int i = 0; i < PlanJobs.RUNNING_PER_USER; i++) {
            start("hannah-limit");
        }

        assertThatThrownBy(() -> start("hannah-limit")).isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("at most " + PlanJobs.RUNNING_PER_USER);
        assertThat(start("daniel-limit")).as("another user is not held up").isNotNull();
    }

    @Test
    void aStoppedJobFinishesWithTheBestPlanFoundAndIsForgottenAfterItsTime() throws InterruptedException {
        UUID id = start("hannah-kept");
        Thread.sleep(1500);
        jobs.stop(id, "hannah-kept", false);

        PlanJobs.JobView done = awaitFinished(id);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.plan()).isNotNull();
        assertThat(done.plan().employeeId()).isEqualTo("am-ready-now");
        assertThat(jobs.view(id, "someone-else", false)).as("only its requester reads it").isEmpty();

        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("update plan_job set finished_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(PlanJobs.KEPT).plusSeconds(60)), id.toString());
        assertThat(jobs.view(id, "hannah-kept", false)).isPresent();
        jdbc.update("update plan_job set finished_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(PlanJobs.KEPT).minusSeconds(60)), id.toString());
        assertThat(jobs.view(id, "hannah-kept", false)).isEmpty();
    }

    @Test
    void anErasedPersonsJobsAndTheJobsTheyAskedForGo() {
        UUID about = start("daniel-erasure");
        UUID askedFor = start("erased-user");

        events.publishEvent(new PersonErased("am-ready-now", "erased-user"));

        assertThat(jobs.view(about, "daniel-erasure", true)).isEmpty();
        assertThat(jobs.view(askedFor, "erased-user", true)).isEmpty();
        assertThat(jobs.about("am-ready-now")).isEmpty();
        assertThat(new JdbcTemplate(database).queryForObject("select count(*) from scheduled_tasks where"
                + " task_instance in (?, ?) and picked = ?", Long.class, about.toString(), askedFor.toString(), false))
                .as("their executions not yet picked up are cancelled").isZero();
    }
}
