package org.pathway.planning.individual;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.PersonErased;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.JobBook;
import org.pathway.planning.PlanLimits;
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
    static final Duration KEPT = JobBook.KEPT;

    /** A job's state: for whom, and the best plan found so far. */
    private static final class Job {
        final Employee employee;
        final String roleTitle;
        volatile IndividualPlan best;

        Job(Employee employee, String roleTitle) {
            this.employee = employee;
            this.roleTitle = roleTitle;
        }
    }

    /** What a caller sees of a job. */
    public record JobView(UUID id, String employeeId, String status, String failure, DevelopmentPlan plan) {
    }

    private final JobBook<Job> jobs;
    private final SolverManager<IndividualPlan, UUID> solvers;
    private final IndividualPlanner planner;
    private final DevelopmentPlans plans;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    PlanJobs(SolverManager<IndividualPlan, UUID> solvers, SolverFactory<IndividualPlan> factory, IndividualPlanner planner,
            ReadinessEngine engine, FrameworkCatalogue frameworks, RoleCatalogue roles, Clock clock) {
        this.solvers = solvers;
        this.planner = planner;
        this.plans = new DevelopmentPlans(engine, factory);
        this.frameworks = frameworks;
        this.roles = roles;
        this.jobs = new JobBook<>("plans", RUNNING_PER_USER, clock);
    }

    public UUID start(String requester, Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        String title = roles.get(employee.frameworkId(), roleId).title();
        IndividualPlan problem = planner.problem(employee, roleId, start, limits);
        Job job = new Job(employee, title);
        job.best = problem;
        JobBook.Entry<Job> entry = jobs.add(requester, job);
        solvers.solveAndListen(entry.id(), ignored -> problem, best -> job.best = best, last -> {
            job.best = last;
            jobs.finish(entry, null);
        }, (ignored, error) -> jobs.finish(entry, error.getMessage()));
        return entry.id();
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return jobs.get(id, requester, everyone).map(this::view);
    }

    /** Every job about the employee still held, for their subject access. */
    public List<JobView> about(String employeeId) {
        return jobs.all().filter(e -> e.state().employee.id().equals(employeeId)).map(this::view).toList();
    }

    public boolean stop(UUID id, String requester, boolean everyone) {
        if (jobs.get(id, requester, everyone).isEmpty()) {
            return false;
        }
        solvers.terminateEarly(id);
        return true;
    }

    /** An erased person's jobs, and the jobs they asked for, stop and go. */
    @EventListener
    void forget(PersonErased erased) {
        jobs.remove(e -> e.state().employee.id().equals(erased.employeeId())
                || e.requester().equals(erased.username())).forEach(e -> solvers.terminateEarly(e.id()));
    }

    private JobView view(JobBook.Entry<Job> entry) {
        Job job = entry.state();
        SolverStatus status = solvers.getSolverStatus(entry.id());
        String state = entry.failure() != null ? "FAILED" : status == SolverStatus.NOT_SOLVING ? "DONE" : "SOLVING";
        DevelopmentPlan plan = job.best.getScore() == null ? null
                : plans.report(job.employee, frameworks.get(job.employee.frameworkId()), job.roleTitle, job.best);
        return new JobView(entry.id(), job.employee.id(), state, entry.failure(), plan);
    }
}
