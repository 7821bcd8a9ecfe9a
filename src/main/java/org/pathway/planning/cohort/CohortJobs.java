package org.pathway.planning.cohort;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.pathway.people.PersonErased;
import org.pathway.planning.JobBook;
import org.pathway.workforce.EmployeeFindings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Cohort plans solved as jobs, for the training-needs page: started, read while solving (which framework is being
 * planned and its best score so far), and read when done. The book-keeping is {@link JobBook}'s: each user may have
 * {@value #RUNNING_PER_USER} running at once, a finished job is kept for {@link JobBook#KEPT}. Jobs run one at a time,
 * on one thread of their own, so cohort plans never take more than one core. Unlike individual plan jobs (in the
 * database), they are held in this instance's memory: with several instances, poll the instance that started one.
 */
@Service
public class CohortJobs implements DisposableBean {

    /** The most cohort jobs one user may have running at once. */
    static final int RUNNING_PER_USER = 1;

    /** A job's state: its budget, the framework being planned and its best score so far, and the plans when done. */
    private static final class Job {
        final long budget;
        volatile String planning;
        volatile String bestScore;
        volatile List<CohortReport> plans;

        Job(long budget) {
            this.budget = budget;
        }
    }

    /** What a caller sees of a job: while SOLVING, the framework being planned and its best score so far. */
    public record JobView(UUID id, String status, String failure, long budget, String planning, String bestScore,
            List<CohortReport> plans) {
    }

    private final JobBook<Job> jobs;
    private final CohortPlans cohorts;
    /** The plans of the job that finished last, whoever asked for it (the equality report reads places from them). */
    private volatile List<CohortReport> latest = List.of();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cohort-plan-job");
        thread.setDaemon(true);
        return thread;
    });

    CohortJobs(CohortPlans cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.jobs = new JobBook<>("cohort plans", RUNNING_PER_USER, clock);
    }

    /**
     * Starts planning the cohort of {@code findings} (read when the job runs, not now) within {@code budget}, each
     * framework searched for up to {@code limit}.
     */
    public UUID start(String requester, Supplier<List<EmployeeFindings>> findings, LocalDate start, long budget,
            Duration limit) {
        Job job = new Job(budget);
        JobBook.Entry<Job> entry = jobs.add(requester, job);
        runner.execute(() -> {
            try {
                job.plans = cohorts.plan(findings.get(), start, budget, limit, (frameworkId, score) -> {
                    job.planning = frameworkId;
                    job.bestScore = score.toString();
                });
                latest = job.plans;
                jobs.finish(entry, null);
            } catch (RuntimeException e) {
                jobs.finish(entry, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
        return entry.id();
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return jobs.get(id, requester, everyone).map(entry -> {
            Job job = entry.state();
            String status = entry.failure() != null ? "FAILED" : entry.finished() ? "DONE" : "SOLVING";
            return new JobView(entry.id(), status, entry.failure(), job.budget, job.planning, job.bestScore,
                    entry.finished() ? job.plans : null);
        });
    }

    /** The plans of the cohort job that finished last, whoever started it; empty when none has. */
    public List<CohortReport> latestPlans() {
        return latest;
    }

    /** An erased person's own jobs go, and so do finished plans that book them a place. */
    @EventListener
    void forget(PersonErased erased) {
        if (latest.stream().anyMatch(p -> p.bookings().stream().anyMatch(b -> b.employeeId().equals(erased.employeeId())))) {
            latest = List.of();
        }
        jobs.remove(e -> e.requester().equals(erased.username()) || e.state().plans != null && e.state().plans.stream()
                .anyMatch(p -> p.bookings().stream().anyMatch(b -> b.employeeId().equals(erased.employeeId()))));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
