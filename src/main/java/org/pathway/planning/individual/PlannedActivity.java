package org.pathway.planning.individual;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.pathway.activity.ActivityType;
import org.pathway.planning.PlanGap;
import org.pathway.planning.SessionSlot;

/**
 * A candidate activity for the plan; the solver picks one of its sessions, or none (not in the plan).
 * {@code reachesRank} is the rank it develops its competency to (0 on scales with no levels).
 */
@PlanningEntity
public class PlannedActivity {

    @PlanningId
    private String activityId;
    private String title;
    private ActivityType type;
    private String competencyId;
    private int reachesRank;
    private double hours;
    private long cost;
    private List<SessionSlot> sessionRange;

    @PlanningVariable(valueRangeProviderRefs = "sessions", nullable = true)
    private SessionSlot session;

    public PlannedActivity() {
    }

    public PlannedActivity(String activityId, String title, ActivityType type, String competencyId, int reachesRank,
            double hours, long cost, List<SessionSlot> sessionRange) {
        this.activityId = activityId;
        this.title = title;
        this.type = type;
        this.competencyId = competencyId;
        this.reachesRank = reachesRank;
        this.hours = hours;
        this.cost = cost;
        this.sessionRange = List.copyOf(sessionRange);
    }

    @ValueRangeProvider(id = "sessions")
    public List<SessionSlot> getSessionRange() {
        return sessionRange;
    }

    /** Whether completing this activity closes the gap: same competency, to the level required or beyond. */
    public boolean closes(PlanGap gap) {
        return competencyId.equals(gap.competencyId()) && (gap.requiredRank() == 0 || reachesRank >= gap.requiredRank());
    }

    public boolean isScheduled() {
        return session != null;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public String getCompetencyId() {
        return competencyId;
    }

    public int getReachesRank() {
        return reachesRank;
    }

    public double getHours() {
        return hours;
    }

    public long getCost() {
        return cost;
    }

    public SessionSlot getSession() {
        return session;
    }

    public void setSession(SessionSlot session) {
        this.session = session;
    }

    @Override
    public String toString() {
        return activityId + (session == null ? " (not planned)" : " @ " + session.start());
    }
}
