package org.pathway.planning.individual;

import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.stereotype.Service;

/** Development plans solved as jobs: started, read while solving (best plan so far), stopped. Kept in memory. */
@Service
public class PlanJobs {

    /** A job's state: who asked, for whom, and the best plan found so far. */
    private static final class Job {
        final String requester;
        final Employee employee;
        final String roleTitle;
        volatile IndividualPlan best;
        volatile String failure;

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

    PlanJobs(SolverManager<IndividualPlan, UUID> solvers, SolverFactory<IndividualPlan> factory, IndividualPlanner planner,
            ReadinessEngine engine, FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.solvers = solvers;
        this.planner = planner;
        this.plans = new DevelopmentPlans(engine, factory);
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public UUID start(String requester, Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        String title = roles.get(employee.frameworkId(), roleId).title();
        IndividualPlan problem = planner.problem(employee, roleId, start, limits);
        UUID id = UUID.randomUUID();
        Job job = new Job(requester, employee, title);
        job.best = problem;
        jobs.put(id, job);
        solvers.solveAndListen(id, ignored -> problem, best -> job.best = best, final_ -> job.best = final_,
                (ignored, error) -> job.failure = error.getMessage());
        return id;
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        Job job = jobs.get(id);
        if (job == null || !everyone && !job.requester.equals(requester)) {
            return Optional.empty();
        }
        SolverStatus status = solvers.getSolverStatus(id);
        String state = job.failure != null ? "FAILED" : status == SolverStatus.NOT_SOLVING ? "DONE" : "SOLVING";
        DevelopmentPlan plan = job.best.getScore() == null ? null
                : plans.report(job.employee, frameworks.get(job.employee.frameworkId()), job.roleTitle, job.best);
        return Optional.of(new JobView(id, job.employee.id(), state, job.failure, plan));
    }

    public boolean stop(UUID id, String requester, boolean everyone) {
        Job job = jobs.get(id);
        if (job == null || !everyone && !job.requester.equals(requester)) {
            return false;
        }
        solvers.terminateEarly(id);
        return true;
    }
}
