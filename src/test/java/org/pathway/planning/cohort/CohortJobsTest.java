package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.people.PersonErased;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cohort plan jobs are plan_job rows run by the same runner as individual plans: their request and plans are stored,
 * read by their requester only, and they go when a person booked in their plans is erased. Several instances:
 * SeveralInstancesIT.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CohortJobsTest {

    @Autowired
    private CohortJobs jobs;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private JdbcTemplate jdbc;

    private CohortJobs.JobView awaitFinished(UUID id) throws InterruptedException {
        for (int poll = 0; poll < 600; poll++) {
            CohortJobs.JobView view = jobs.view(id, "", true).orElseThrow();
            if (!view.status().equals("SOLVING")) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("cohort job " + id + " did not finish in 60 s");
    }

    @Test
    void aCohortJobIsStoredAndGoesWithAPersonItBooks() throws InterruptedException {
        UUID id = jobs.start("lnd-cohort-job", "Place", LocalDate.of(2026, 12, 1), 15_000, Duration.ofMillis(500));

        assertThat(jdbc.queryForObject("select kind from plan_job where id = ?", String.class, id.toString()))
                .isEqualTo(CohortJobs.KIND);
        CohortJobs.JobView done = awaitFinished(id);
        assertThat(done.status()).as(String.valueOf(done.failure())).isEqualTo("DONE");
        assertThat(done.budget()).isEqualTo(15_000);
        assertThat(done.plans()).isNotEmpty().allMatch(p -> p.cost() <= 15_000);
        assertThat(jobs.view(id, "lnd-cohort-job", false)).isPresent();
        assertThat(jobs.view(id, "another-lnd", false)).as("only its requester reads it").isEmpty();
        assertThat(jobs.latestPlans()).isEqualTo(done.plans());

        String booked = done.plans().stream().flatMap(p -> p.bookings().stream()).findFirst().orElseThrow()
                .employeeId();
        events.publishEvent(new PersonErased(booked, null));

        assertThat(jobs.view(id, "lnd-cohort-job", false)).as("the plans booked the erased person").isEmpty();
        assertThat(jobs.latestPlans()).doesNotContainAnyElementsOf(done.plans());
    }
}
