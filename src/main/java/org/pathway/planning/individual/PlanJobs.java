package org.pathway.planning.individual;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanJobRunner;
import org.pathway.planning.PlanJobStore;
import org.pathway.planning.PlanLimits;
import org.pathway.role.RoleCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development plans solved as jobs: started, read while solving (best plan so far), stopped. A job is a row in the
 * database run by {@link PlanJobRunner}, so that any instance on the same database solves it, every instance reads it,
 * and it survives its instance (taken over after {@link PlanJobRunner#DEAD_AFTER}). Each user may have
 * {@value #RUNNING_PER_USER} running at once, counted in the database; a finished job can be read for {@link #KEPT}
 * and is then deleted; a person's jobs go when the person is erased.
 */
@Service
public class PlanJobs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The runner's name for these jobs. */
    static final String KIND = "INDIVIDUAL";
    /** The most plan jobs one user may have running at once. */
    static final int RUNNING_PER_USER = 3;
    /** How long a finished job's plan can still be read. */
    static final Duration KEPT = PlanJobRunner.KEPT;

    /** What a caller sees of a job. */
    public record JobView(UUID id, String employeeId, String status, String failure, DevelopmentPlan plan) {
    }

    private final PlanJobRunner runner;
    /** The solver, built on the first plan: building it took about a second of the start. */
    private final ObjectProvider<SolverFactory<IndividualPlan>> factory;
    private final IndividualPlanner planner;
    private final SingletonSupplier<DevelopmentPlans> plans;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final EvidenceLedger ledger;

    PlanJobs(PlanJobRunner runner, ObjectProvider<SolverFactory<IndividualPlan>> factory, IndividualPlanner planner,
            ReadinessEngine engine, FrameworkCatalogue frameworks, RoleCatalogue roles, EvidenceLedger ledger) {
        this.runner = runner;
        this.factory = factory;
        this.planner = planner;
        this.plans = SingletonSupplier.of(() -> new DevelopmentPlans(engine, factory.getObject()));
        this.frameworks = frameworks;
        this.roles = roles;
        this.ledger = ledger;
        runner.kind(KIND, this::solve);
    }

    public UUID start(String requester, Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        String title = roles.get(employee.frameworkId(), roleId).title();
        planner.problem(employee, roleId, start, limits);
        UUID id = UUID.randomUUID();
        runner.start(new PlanJobStore.Row(id, KIND, requester, employee.id(), roleId, title, start, limits, null,
                PlanJobStore.SOLVING, false, null, null, null, null), RUNNING_PER_USER, "plans");
        return id;
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return runner.find(id).filter(row -> row.kind().equals(KIND))
                .filter(row -> everyone || row.requester().equals(requester)).map(PlanJobs::view);
    }

    /** Every job about the employee still held, for their subject access. */
    public List<JobView> about(String employeeId) {
        return runner.about(employeeId).stream().map(PlanJobs::view).toList();
    }

    /** Asks the job to stop: whichever instance solves it stops within a second, keeping the best plan found. */
    public boolean stop(UUID id, String requester, boolean everyone) {
        if (view(id, requester, everyone).isEmpty()) {
            return false;
        }
        runner.stop(id);
        return true;
    }

    /** Runs on whichever instance picked the job up. */
    private String solve(PlanJobStore.Row row, PlanJobRunner.Solving solving) {
        Employee employee = ledger.employee(row.employeeId());
        IndividualPlan problem = planner.problem(employee, row.roleId(), row.start(), row.limits());
        Solver<IndividualPlan> solver = factory.getObject().buildSolver();
        solving.stopWith(solver::terminateEarly);
        solver.addEventListener(event -> {
            if (solving.progressDue()) {
                solving.progress(planJson(employee, row, event.getNewBestSolution()));
            }
        });
        return planJson(employee, row, solver.solve(problem));
    }

    private String planJson(Employee employee, PlanJobStore.Row row, IndividualPlan best) {
        return best.getScore() == null ? null : JSON.writeValueAsString(
                plans.obtain().report(employee, frameworks.get(employee.frameworkId()), row.roleTitle(), best));
    }

    private static JobView view(PlanJobStore.Row row) {
        DevelopmentPlan plan = row.plan() == null ? null : JSON.readValue(row.plan(), DevelopmentPlan.class);
        return new JobView(row.id(), row.employeeId(), row.status(), row.failure(), plan);
    }
}
