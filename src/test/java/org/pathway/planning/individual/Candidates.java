package org.pathway.planning.individual;

import java.util.List;
import java.util.Map;
import org.pathway.activity.ActivityType;
import org.pathway.activity.Development;
import org.pathway.activity.DevelopmentEvidence;
import org.pathway.planning.GapNeed;
import org.pathway.planning.PlanGap;
import org.pathway.planning.SessionSlot;

/** Gaps at Level 2 that one behaviour closes, and activities that give evidence of it, for planner tests. */
final class Candidates {

    /** The weight of a completion record (ACTIVITY evidence) and of a manager's observation, as the policy has them. */
    static final double COMPLETION = 0.75;
    static final double OBSERVATION = 1.0;

    private Candidates() {
    }

    /** The behaviour of competency {@code c} every gap here lacks. */
    static String behaviour(String competencyId) {
        return competencyId + ".level-2.01";
    }

    static PlanGap gap(String competencyId, String name, boolean essential, double weight, double gap) {
        GapNeed need = new GapNeed(List.of(new GapNeed.Part(2, "Level 2", Map.of(behaviour(competencyId), 1.0), 1)));
        return new PlanGap(competencyId, name, 2, "Level 2", essential, weight, gap, need);
    }

    /** An activity at Level 2 giving evidence of the gap's behaviour that weighs {@code weight}. */
    static PlannedActivity activity(String id, String title, String competencyId, double weight, double hours,
            long cost, List<SessionSlot> sessions) {
        Development develops = new Development(competencyId, "level-2", List.of(behaviour(competencyId)),
                weight >= OBSERVATION ? DevelopmentEvidence.OBSERVATION : DevelopmentEvidence.COMPLETION);
        return new PlannedActivity(id, title, ActivityType.COURSE, develops, 2, Map.of(behaviour(competencyId), weight),
                hours, cost, sessions);
    }
}
