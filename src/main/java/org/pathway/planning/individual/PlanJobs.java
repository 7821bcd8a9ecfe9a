package org.pathway.planning.individual;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.PersonErased;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.role.RoleCatalogue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Development plans solved as jobs: started, read while solving (best plan so far), stopped. Kept in memory: each
 * user may have {@value #RUNNING_PER_USER} running at once, a finished job is kept for {@link #KEPT} and then
 * forgotten, and a person's jobs go when the person is erased.
 */
@Service
public class PlanJobs {

    /** The most plan jobs one user may have running at once. */
    static final int RUNNING_PER_USER = 3;
    /** How long a finished job's plan can still be read. */
    static final Duration KEPT = Duration.ofHours(1);

    /** A job's state: who asked, for whom, and the best plan found so far. */
    private static final class Job {
        final String requester;
        final Employee employee;
        final String roleTitle;
        volatile IndividualPlan best;
        volatile String failure;
        volatile Instant finishedAt;

        Job(String requester, Employee employee, String roleTitle) {
            this.requester = requester;
            this.employee = employee;
            this.roleTitle = roleTitle;
        }
    }

    /** What a caller sees of a job. */
    public record JobView(UUID id, String employeeId, String status, String failure, DevelopmentPlan plan) {
    }

    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final SolverManager<IndividualPlan, UUID> solvers;
    private final IndividualPlanner planner;
    private final DevelopmentPlans plans;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final Clock clock;

    PlanJobs(SolverManager<IndividualPlan, UUID> solvers, SolverFactory<IndividualPlan> factory, IndividualPlanner planner,
            ReadinessEngine engine, FrameworkCatalogue frameworks, RoleCatalogue roles, Clock clock) {
        this.solvers = solvers;
        this.planner = planner;
        this.plans = new DevelopmentPlans(engine, factory);
        this.frameworks = frameworks;
        this.roles = roles;
        this.clock = clock;
    }

    public UUID start(String requester, Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        forgetExpired();
        long running = jobs.values().stream().filter(j -> j.requester.equals(requester) && j.finishedAt == null).count();
        if (running >= RUNNING_PER_USER) {
            throw new TooManyRequestsException("you have " + running + " plans being worked out; wait for one to"
                    + " finish, or stop one, before starting another (at most " + RUNNING_PER_USER + " at once)");
        }
        String title = roles.get(employee.frameworkId(), roleId).title();
        IndividualPlan problem = planner.problem(employee, roleId, start, limits);
        UUID id = UUID.randomUUID();
        Job job = new Job(requester, employee, title);
        job.best = problem;
        jobs.put(id, job);
        solvers.solveAndListen(id, ignored -> problem, best -> job.best = best, last -> {
            job.best = last;
            job.finishedAt = clock.instant();
        }, (ignored, error) -> {
            job.failure = error.getMessage();
            job.finishedAt = clock.instant();
        });
        return id;
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        forgetExpired();
        Job job = jobs.get(id);
        if (job == null || !everyone && !job.requester.equals(requester)) {
            return Optional.empty();
        }
        return Optional.of(view(id, job));
    }

    /** Every job about the employee still held, for their subject access. */
    public List<JobView> about(String employeeId) {
        forgetExpired();
        return jobs.entrySet().stream().filter(e -> e.getValue().employee.id().equals(employeeId))
                .map(e -> view(e.getKey(), e.getValue())).toList();
    }

    public boolean stop(UUID id, String requester, boolean everyone) {
        Job job = jobs.get(id);
        if (job == null || !everyone && !job.requester.equals(requester)) {
            return false;
        }
        solvers.terminateEarly(id);
        return true;
    }

    /** An erased person's jobs, and the jobs they asked for, stop and go. */
    @EventListener
    void forget(PersonErased erased) {
        jobs.entrySet().removeIf(e -> {
            boolean theirs = e.getValue().employee.id().equals(erased.employeeId())
                    || e.getValue().requester.equals(erased.username());
            if (theirs) {
                solvers.terminateEarly(e.getKey());
            }
            return theirs;
        });
    }

    private JobView view(UUID id, Job job) {
        SolverStatus status = solvers.getSolverStatus(id);
        String state = job.failure != null ? "FAILED" : status == SolverStatus.NOT_SOLVING ? "DONE" : "SOLVING";
        DevelopmentPlan plan = job.best.getScore() == null ? null
                : plans.report(job.employee, frameworks.get(job.employee.frameworkId()), job.roleTitle, job.best);
        return new JobView(id, job.employee.id(), state, job.failure, plan);
    }

    private void forgetExpired() {
        Instant cutOff = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(cutOff));
    }
}
