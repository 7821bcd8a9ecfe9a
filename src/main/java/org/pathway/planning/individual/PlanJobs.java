package org.pathway.planning.individual;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.PersonErased;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.JobBook;
import org.pathway.planning.PlanLimits;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.role.RoleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development plans solved as jobs: started, read while solving (best plan so far), stopped. A job is a row in the
 * database ({@link PlanJobStore}) and a db-scheduler execution, so that any instance on the same database solves it,
 * every instance reads it, and it survives its instance: when an instance dies its heartbeat stops and another instance
 * takes the job over after {@link #DEAD_AFTER}; when an instance shuts down it stops its solvers and hands their jobs
 * back to be picked up at once. Each user may have {@value #RUNNING_PER_USER} running at once; a finished job can be
 * read for {@link #KEPT} and is then deleted; a person's jobs go when the person is erased.
 */
@Service
public class PlanJobs implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The most plan jobs one user may have running at once. */
    static final int RUNNING_PER_USER = 3;
    /** How long a finished job's plan can still be read. */
    static final Duration KEPT = JobBook.KEPT;
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int MISSED_HEARTBEATS = 4;
    /** How long after its instance died a running job is taken over by another. */
    static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(MISSED_HEARTBEATS);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    /** Thrown out of a job stopped by its instance's shutdown: the job goes back to be picked up by another. */
    private static final class Released extends RuntimeException {
        Released(UUID id) {
            super("plan job " + id + " released at shutdown", null, false, false);
        }
    }

    /** What a caller sees of a job. */
    public record JobView(UUID id, String employeeId, String status, String failure, DevelopmentPlan plan) {
    }

    private final PlanJobStore store;
    private final SolverFactory<IndividualPlan> factory;
    private final IndividualPlanner planner;
    private final DevelopmentPlans plans;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final EvidenceLedger ledger;
    private final Clock clock;
    private final String instance;
    private final OneTimeTask<Void> task;
    /** A scheduler cannot start again once stopped: each start (a test context is stopped and started) builds one. */
    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private final Map<UUID, Solver<IndividualPlan>> solving = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService stopWatch;
    private volatile boolean running;
    private volatile boolean releasing;

    PlanJobs(DataSource database, SolverFactory<IndividualPlan> factory, IndividualPlanner planner,
            ReadinessEngine engine, FrameworkCatalogue frameworks, RoleCatalogue roles, EvidenceLedger ledger,
            Clock clock, @Value("${pathway.plan-jobs.threads:2}") int threads) {
        this.store = new PlanJobStore(new JdbcTemplate(database));
        this.factory = factory;
        this.planner = planner;
        this.plans = new DevelopmentPlans(engine, factory);
        this.frameworks = frameworks;
        this.roles = roles;
        this.ledger = ledger;
        this.clock = clock;
        this.instance = instanceName();
        this.task = Tasks.oneTime("plan-job").onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ZERO))
                .execute((job, context) -> solve(UUID.fromString(job.getId())));
        RecurringTask<Void> expiry = Tasks.recurring("plan-job-expiry", Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((job, context) -> store.expire(clock.instant().minus(KEPT)));
        this.schedulers = () -> Scheduler.create(database, List.of(task)).startTasks(expiry).threads(threads)
                .schedulerName(new SchedulerName.Fixed(instance)).pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(HEARTBEAT).missedHeartbeatsLimit(MISSED_HEARTBEATS).enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10)).build();
        this.scheduler = schedulers.get();
    }

    /** This instance's name in the scheduler's table: host and process. */
    private static String instanceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "host");
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() <= 50 ? name : name.substring(name.length() - 50);
    }

    public UUID start(String requester, Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        String title = roles.get(employee.frameworkId(), roleId).title();
        planner.problem(employee, roleId, start, limits);
        UUID id = UUID.randomUUID();
        synchronized (this) {
            long running = store.running(requester);
            if (running >= RUNNING_PER_USER) {
                throw new TooManyRequestsException("you have " + running + " plans being worked out; wait for one"
                        + " to finish, or stop one, before starting another (at most " + RUNNING_PER_USER
                        + " at once)");
            }
            store.add(new PlanJobStore.Row(id, requester, employee.id(), roleId, title, start, limits,
                    PlanJobStore.SOLVING, false, null, null, null, null), clock.instant());
        }
        scheduler.schedule(task.instance(id.toString()), clock.instant());
        return id;
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return store.find(id, clock.instant().minus(KEPT))
                .filter(row -> everyone || row.requester().equals(requester)).map(PlanJobs::view);
    }

    /** Every job about the employee still held, for their subject access. */
    public List<JobView> about(String employeeId) {
        return store.about(employeeId, clock.instant().minus(KEPT)).stream().map(PlanJobs::view).toList();
    }

    /** Asks the job to stop: whichever instance solves it stops within a second, keeping the best plan found. */
    public boolean stop(UUID id, String requester, boolean everyone) {
        if (view(id, requester, everyone).isEmpty()) {
            return false;
        }
        store.requestStop(id);
        Optional.ofNullable(solving.get(id)).ifPresent(Solver::terminateEarly);
        return true;
    }

    /** An erased person's jobs, and the jobs they asked for, stop and go. */
    @EventListener
    void forget(PersonErased erased) {
        for (UUID id : store.remove(erased.employeeId(), erased.username())) {
            Optional.ofNullable(solving.get(id)).ifPresent(Solver::terminateEarly);
            // one being solved (here or elsewhere) stops by itself: its row is gone
            TaskInstanceId execution = TaskInstanceId.of(task.getName(), id.toString());
            try {
                if (scheduler.getScheduledExecution(execution).filter(waiting -> !waiting.isPicked()).isPresent()) {
                    scheduler.cancel(execution);
                }
            } catch (RuntimeException pickedMeanwhile) {
                LOG.info("Plan job {} was picked up as its person was erased; it stops as it finds its row gone", id);
            }
        }
    }

    /** Runs on a scheduler thread of whichever instance picked the job. */
    private void solve(UUID id) {
        Optional<PlanJobStore.Row> found = store.find(id, Instant.EPOCH);
        if (found.isEmpty() || !store.claim(id, instance)) {
            return;
        }
        PlanJobStore.Row row = found.get();
        Employee employee;
        IndividualPlan problem;
        try {
            employee = ledger.employee(row.employeeId());
            problem = planner.problem(employee, row.roleId(), row.start(), row.limits());
        } catch (RuntimeException e) {
            store.finish(id, null, e.getMessage(), clock.instant());
            return;
        }
        Solver<IndividualPlan> solver = factory.buildSolver();
        Instant[] lastWritten = {Instant.EPOCH};
        solver.addEventListener(event -> {
            Instant now = clock.instant();
            if (now.isAfter(lastWritten[0].plus(PROGRESS_EVERY))) {
                lastWritten[0] = now;
                if (!store.progress(id, planJson(employee, row, event.getNewBestSolution()))) {
                    solver.terminateEarly();
                }
            }
        });
        solving.put(id, solver);
        try {
            IndividualPlan best = solver.solve(problem);
            if (releasing) {
                throw new Released(id);
            }
            store.finish(id, planJson(employee, row, best), null, clock.instant());
        } catch (Released e) {
            LOG.info("Plan job {} handed back for another instance at shutdown", id);
            throw e;
        } catch (RuntimeException e) {
            store.finish(id, null, e.getMessage(), clock.instant());
        } finally {
            solving.remove(id);
        }
    }

    private String planJson(Employee employee, PlanJobStore.Row row, IndividualPlan best) {
        return best.getScore() == null ? null : JSON.writeValueAsString(
                plans.report(employee, frameworks.get(employee.frameworkId()), row.roleTitle(), best));
    }

    /** Stops the solvers of jobs asked to stop (or deleted) on another instance. */
    private void watchStops() {
        solving.forEach((id, solver) -> {
            try {
                if (store.stopRequested(id)) {
                    solver.terminateEarly();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not read whether plan job {} was asked to stop", id, e);
            }
        });
    }

    private static JobView view(PlanJobStore.Row row) {
        DevelopmentPlan plan = row.plan() == null ? null : JSON.readValue(row.plan(), DevelopmentPlan.class);
        return new JobView(row.id(), row.employeeId(), row.status(), row.failure(), plan);
    }

    @Override
    public synchronized void start() {
        if (stopWatch != null) {
            scheduler = schedulers.get();
        }
        releasing = false;
        scheduler.start();
        stopWatch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plan-job-stop-watch");
            thread.setDaemon(true);
            return thread;
        });
        stopWatch.scheduleWithFixedDelay(this::watchStops, 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    /** Shutdown: running solvers stop, their jobs go back to the database for another instance to pick up. */
    @Override
    public synchronized void stop() {
        releasing = true;
        solving.values().forEach(Solver::terminateEarly);
        scheduler.stop();
        stopWatch.shutdownNow();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
