package org.pathway.planning;

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
import org.pathway.people.PersonErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Plan jobs of every kind (individual and cohort plans) run from the database: a job is a {@code plan_job} row
 * ({@link PlanJobStore}) and a db-scheduler execution, so that any instance on the same database solves it, every
 * instance reads it, and it survives its instance: when an instance dies its heartbeat stops and another instance
 * takes the job over after {@link #DEAD_AFTER} and solves it again; when an instance shuts down it stops its solvers
 * and hands their jobs back to be picked up at once. A finished job can be read for {@link #KEPT} and is then deleted;
 * the jobs about a person, asked for by them or whose plan books them go when the person is erased. What a job
 * solves, and how, is its owner's: each owner registers its {@link Work} under a kind.
 */
@Component
public class PlanJobRunner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobRunner.class);
    /** How long a finished job can still be read. */
    public static final Duration KEPT = Duration.ofHours(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int MISSED_HEARTBEATS = 4;
    /** How long after its instance died a running job is taken over by another. */
    public static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(MISSED_HEARTBEATS);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    /** What a kind of job does with its row; returns the JSON of its result, or null to keep the last progress. */
    @FunctionalInterface
    public interface Work {
        String solve(PlanJobStore.Row row, Solving solving);
    }

    /** A job being solved on this instance: where its work writes progress and says how it can be stopped. */
    public final class Solving {
        private final UUID id;
        private volatile Runnable stopper = () -> { };
        private Instant lastWritten = Instant.EPOCH;

        private Solving(UUID id) {
            this.id = id;
        }

        /** How to stop the work early (keeping the best found), whether asked to or at shutdown. */
        public void stopWith(Runnable stopper) {
            this.stopper = stopper;
        }

        /** Whether a second has passed since progress was last written. */
        public boolean progressDue() {
            Instant now = clock.instant();
            if (now.isAfter(lastWritten.plus(PROGRESS_EVERY))) {
                lastWritten = now;
                return true;
            }
            return false;
        }

        /** Stores the progress (JSON); false, and the work is stopped, if the job is gone or was asked to stop. */
        public boolean progress(String json) {
            if (!store.progress(id, json)) {
                stopper.run();
                return false;
            }
            return true;
        }
    }

    /** Thrown out of a job stopped by its instance's shutdown: the job goes back to be picked up by another. */
    private static final class Released extends RuntimeException {
        Released(UUID id) {
            super("plan job " + id + " released at shutdown", null, false, false);
        }
    }

    private final PlanJobStore store;
    private final Clock clock;
    private final String instance;
    private final OneTimeTask<Void> task;
    private final Map<String, Work> kinds = new ConcurrentHashMap<>();
    /** A scheduler cannot start again once stopped: each start (a test context is stopped and started) builds one. */
    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private final Map<UUID, Solving> solving = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService stopWatch;
    private volatile boolean running;
    private volatile boolean releasing;

    PlanJobRunner(DataSource database, PlatformTransactionManager transactions, Clock clock,
            @Value("${pathway.plan-jobs.threads:2}") int threads) {
        this.store = new PlanJobStore(new JdbcTemplate(database), transactions);
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

    /** Registers how jobs of {@code kind} are solved (by every instance: each registers the same kinds). */
    public void kind(String kind, Work work) {
        kinds.put(kind, work);
    }

    /**
     * Adds the job (refused if its requester has {@code runningPerUser} of its kind running; {@code what} names the
     * kind's jobs in the plural) and schedules it for whichever instance is free first.
     */
    public void start(PlanJobStore.Row row, int runningPerUser, String what) {
        store.add(row, clock.instant(), runningPerUser, what);
        scheduler.schedule(task.instance(row.id().toString()), clock.instant());
    }

    /** The job, unless it finished more than {@link #KEPT} ago. */
    public Optional<PlanJobStore.Row> find(UUID id) {
        return store.find(id, clock.instant().minus(KEPT));
    }

    /** The individual plan jobs about the employee still held. */
    public List<PlanJobStore.Row> about(String employeeId) {
        return store.about(employeeId, clock.instant().minus(KEPT));
    }

    /** The job of this kind that finished last without failing, still held. */
    public Optional<PlanJobStore.Row> latestDone(String kind) {
        return store.latestDone(kind, clock.instant().minus(KEPT));
    }

    /** Asks the job to stop: whichever instance solves it stops within a second, keeping the best plan found. */
    public void stop(UUID id) {
        store.requestStop(id);
        Optional.ofNullable(solving.get(id)).ifPresent(s -> s.stopper.run());
    }

    /** An erased person's jobs, the jobs they asked for and those whose plan books them, stop and go. */
    @EventListener
    void forget(PersonErased erased) {
        for (UUID id : store.remove(erased.employeeId(), erased.username())) {
            Optional.ofNullable(solving.get(id)).ifPresent(s -> s.stopper.run());
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
        Work work = kinds.get(row.kind());
        if (work == null) {
            store.finish(id, null, "no instance here solves plan jobs of kind " + row.kind(), clock.instant());
            return;
        }
        Solving job = new Solving(id);
        solving.put(id, job);
        try {
            String result = work.solve(row, job);
            if (releasing) {
                throw new Released(id);
            }
            store.finish(id, result, null, clock.instant());
        } catch (RuntimeException e) {
            if (releasing) {
                LOG.info("Plan job {} handed back for another instance at shutdown", id);
                throw new Released(id);
            }
            store.finish(id, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    clock.instant());
        } finally {
            solving.remove(id);
        }
    }

    /** Stops the work of jobs asked to stop (or deleted) on another instance. */
    private void watchStops() {
        solving.forEach((id, job) -> {
            try {
                if (store.stopRequested(id)) {
                    job.stopper.run();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not read whether plan job {} was asked to stop", id, e);
            }
        });
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

    /** Shutdown: running work stops, its jobs go back to the database for another instance to pick up. */
    @Override
    public synchronized void stop() {
        releasing = true;
        solving.values().forEach(job -> job.stopper.run());
        scheduler.stop();
        stopWatch.shutdownNow();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
