package org.pathway.planning.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.pathway.planning.PlanJobRunner;
import org.pathway.planning.PlanJobStore;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceFindings;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cohort plans solved as jobs, for the training-needs page: started, read while solving (which framework is being
 * planned and its best score so far), and read when done. Like individual plan jobs they are rows in the database run
 * by {@link PlanJobRunner}: any instance solves one (the unit's findings are read when it runs, on that instance),
 * every instance reads it, it is taken over by another instance when its own dies, and a finished one is kept for
 * {@link PlanJobRunner#KEPT}. Each user may have {@value #RUNNING_PER_USER} running at once, counted in the database.
 */
@Service
public class CohortJobs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The runner's name for these jobs. */
    static final String KIND = "COHORT";
    /** The most cohort jobs one user may have running at once. */
    static final int RUNNING_PER_USER = 1;

    /** What a job was asked for: the unit as entered (null for the whole council), the budget, the search per framework. */
    private record Request(String unit, long budget, long searchMillis) {
    }

    /** A job's state as stored: the framework being planned and its best score so far, and the plans when done. */
    private record State(String planning, String bestScore, List<CohortReport> plans) {
    }

    /** What a caller sees of a job: while SOLVING, the framework being planned and its best score so far. */
    public record JobView(UUID id, String status, String failure, long budget, String planning, String bestScore,
            List<CohortReport> plans) {
    }

    private final PlanJobRunner runner;
    private final CohortPlans cohorts;
    private final WorkforceFindings workforce;

    CohortJobs(PlanJobRunner runner, CohortPlans cohorts, WorkforceFindings workforce) {
        this.runner = runner;
        this.cohorts = cohorts;
        this.workforce = workforce;
        runner.kind(KIND, this::solve);
    }

    /**
     * Starts planning the cohort of {@code unit} (as {@link UnitScope#parse} reads it; its findings are read when the
     * job runs, not now) within {@code budget}, each framework searched for up to {@code search}.
     */
    public UUID start(String requester, String unit, LocalDate start, long budget, Duration search) {
        UnitScope.parse(unit);
        UUID id = UUID.randomUUID();
        String request = JSON.writeValueAsString(new Request(unit, budget, search.toMillis()));
        runner.start(new PlanJobStore.Row(id, KIND, requester, null, null, null, start, null, request,
                PlanJobStore.SOLVING, false, null, null, null, null), RUNNING_PER_USER, "cohort plans");
        return id;
    }

    /** The job, if it exists and was started by this requester (or the caller may see every job). */
    public Optional<JobView> view(UUID id, String requester, boolean everyone) {
        return runner.find(id).filter(row -> row.kind().equals(KIND))
                .filter(row -> everyone || row.requester().equals(requester)).map(row -> {
                    State state = row.plan() == null ? new State(null, null, null)
                            : JSON.readValue(row.plan(), State.class);
                    boolean done = row.status().equals(PlanJobStore.DONE);
                    return new JobView(row.id(), row.status(), row.failure(),
                            JSON.readValue(row.request(), Request.class).budget(), state.planning(), state.bestScore(),
                            done ? state.plans() : null);
                });
    }

    /** The plans of the cohort job that finished last (still kept), whoever started it; empty when none has. */
    public List<CohortReport> latestPlans() {
        return runner.latestDone(KIND).map(row -> JSON.readValue(row.plan(), State.class).plans()).orElse(List.of());
    }

    /** Runs on whichever instance picked the job up; stops at the next best score when asked to or at shutdown. */
    private String solve(PlanJobStore.Row row, PlanJobRunner.Solving solving) {
        Request request = JSON.readValue(row.request(), Request.class);
        boolean[] stopped = {false};
        solving.stopWith(() -> stopped[0] = true);
        List<CohortReport> plans = cohorts.plan(workforce.findings(UnitScope.parse(request.unit())), row.start(),
                request.budget(), Duration.ofMillis(request.searchMillis()), (frameworkId, score) -> {
                    if (stopped[0]) {
                        throw new CancellationException("cohort plan job " + row.id() + " stopped");
                    }
                    if (solving.progressDue()) {
                        solving.progress(JSON.writeValueAsString(new State(frameworkId, score.toString(), null)));
                    }
                });
        return JSON.writeValueAsString(new State(null, null, plans));
    }
}
