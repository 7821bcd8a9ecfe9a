package org.pathway.planning.individual;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.pathway.planning.SessionSlot;

/**
 * Exact search for small plans, the solver's first phase: when the candidates can be booked in at most {@link #LIMIT}
 * ways (each on one of its sessions, or on none), every way is scored, depth first so that each step changes one
 * booking and the score is worked out incrementally, and the best is kept: the plan is then the proven optimum and the
 * local search after it can only confirm it. Above the limit the phase leaves the plan to the construction heuristic
 * and local search.
 */
public final class ExhaustiveSearch implements CustomPhaseCommand<IndividualPlan> {

    /** The most ways to book a plan's candidates that are all tried (a few hundred milliseconds at most). */
    static final long LIMIT = 20_000;

    private InnerScoreDirector<IndividualPlan, HardMediumSoftLongScore> scores;
    private List<PlannedActivity> activities;
    private SessionSlot[] trying;
    private SessionSlot[] best;
    private HardMediumSoftLongScore bestScore;

    /** How many ways the plan's candidates can be booked, each on one of its sessions or on none (LIMIT + 1 if more). */
    static long ways(IndividualPlan plan) {
        long ways = 1;
        for (PlannedActivity activity : plan.getActivities()) {
            ways *= activity.getSessionRange().size() + 1;
            if (ways > LIMIT) {
                return LIMIT + 1;
            }
        }
        return ways;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<IndividualPlan> scoreDirector) {
        IndividualPlan plan = scoreDirector.getWorkingSolution();
        if (ways(plan) > LIMIT) {
            return;
        }
        scores = (InnerScoreDirector<IndividualPlan, HardMediumSoftLongScore>) scoreDirector;
        activities = plan.getActivities();
        trying = new SessionSlot[activities.size()];
        best = new SessionSlot[activities.size()];
        bestScore = null;
        for (int i = 0; i < activities.size(); i++) {
            book(i, null);
        }
        search(0);
        for (int i = 0; i < activities.size(); i++) {
            book(i, best[i]);
        }
        scoreDirector.triggerVariableListeners();
    }

    private void search(int index) {
        if (index == activities.size()) {
            HardMediumSoftLongScore score = scores.calculateScore();
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                bestScore = score;
                best = trying.clone();
            }
            return;
        }
        search(index + 1);
        for (SessionSlot session : activities.get(index).getSessionRange()) {
            book(index, session);
            search(index + 1);
        }
        book(index, null);
    }

    private void book(int index, SessionSlot session) {
        PlannedActivity activity = activities.get(index);
        if (activity.getSession() == session) {
            return;
        }
        scores.beforeVariableChanged(activity, "session");
        activity.setSession(session);
        scores.afterVariableChanged(activity, "session");
        trying[index] = session;
    }
}
