package org.pathway.planning.individual;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.pathway.planning.SessionSlot;

/**
 * Tries every choice of session (or none) for every activity of a small plan and keeps the best score under the
 * same constraints: the proven optimum that OptaPlanner is measured against.
 */
final class ExhaustivePlanner {

    private final SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores;
    private HardMediumSoftLongScore best;

    ExhaustivePlanner(SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores) {
        this.scores = scores;
    }

    HardMediumSoftLongScore optimum(IndividualPlan plan) {
        best = null;
        search(plan, 0);
        plan.getActivities().forEach(a -> a.setSession(null));
        return best;
    }

    private void search(IndividualPlan plan, int index) {
        List<PlannedActivity> activities = plan.getActivities();
        if (index == activities.size()) {
            HardMediumSoftLongScore score = scores.update(plan);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            return;
        }
        PlannedActivity activity = activities.get(index);
        activity.setSession(null);
        search(plan, index + 1);
        for (SessionSlot session : activity.getSessionRange()) {
            activity.setSession(session);
            search(plan, index + 1);
        }
        activity.setSession(null);
    }
}
