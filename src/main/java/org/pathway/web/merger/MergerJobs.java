package org.pathway.web.merger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pathway.crosswalk.MergerSimulation;
import org.pathway.people.PersonErased;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Merger simulations run as jobs, as cohort plans are ({@link JobBook}): started, read while running (how many people
 * have been judged of how many), and read again when done, for {@link JobBook#KEPT}. Each user may have one running;
 * jobs start one at a time on a thread of their own, the people being judged on the analysis threads. Held in this
 * instance's memory: with several instances, read a job on the instance that started it.
 */
@Service
class MergerJobs implements DisposableBean {

    /** A job's request, its progress and, when done, its report. */
    private static final class Job {
        final List<String> workforces;
        final String into;
        final boolean acceptSuggested;
        final int people;
        volatile int judged;
        volatile MergerSimulation.Report report;

        Job(List<String> workforces, String into, boolean acceptSuggested, int people) {
            this.workforces = List.copyOf(workforces);
            this.into = into;
            this.acceptSuggested = acceptSuggested;
            this.people = people;
        }
    }

    /** What a caller sees of a job: RUNNING with how many people are judged so far, DONE with the report, or FAILED. */
    record JobView(UUID id, String status, String failure, List<String> frameworks, String into,
            boolean acceptSuggested, int judged, int people, MergerSimulation.Report report) {
    }

    private final JobBook<Job> jobs;
    private final MergerSimulations simulations;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "merger-job");
        thread.setDaemon(true);
        return thread;
    });

    MergerJobs(MergerSimulations simulations, Clock clock) {
        this.simulations = simulations;
        this.jobs = new JobBook<>("merger simulations", 1, clock);
    }

    /** Checks the request (unknown frameworks, fewer than two workforces are refused now) and starts the job. */
    UUID start(String requester, List<String> workforces, String into, boolean acceptSuggested) {
        simulations.check(workforces, into);
        Job job = new Job(workforces, into, acceptSuggested, simulations.people(workforces));
        JobBook.Entry<Job> entry = jobs.add(requester, job);
        runner.execute(() -> {
            try {
                job.report = simulations.simulate(job.workforces, into, acceptSuggested, judged -> job.judged = judged);
                jobs.finish(entry, null);
            } catch (RuntimeException e) {
                jobs.finish(entry, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
        return entry.id();
    }

    /** The job, if it is still held and was started by this requester (or the caller may see every job). */
    Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return jobs.get(id, requester, everyone).map(entry -> {
            Job job = entry.state();
            String status = entry.failure() != null ? "FAILED" : entry.finished() ? "DONE" : "RUNNING";
            return new JobView(entry.id(), status, entry.failure(), job.workforces, job.into, job.acceptSuggested,
                    job.judged, job.people, entry.finished() ? job.report : null);
        });
    }

    /** An erased person's own jobs go, and so do finished reports that name them. */
    @EventListener
    void forget(PersonErased erased) {
        jobs.remove(e -> e.requester().equals(erased.username()) || e.state().report != null && e.state().report
                .changes().stream().anyMatch(c -> c.employeeId().equals(erased.employeeId())));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
