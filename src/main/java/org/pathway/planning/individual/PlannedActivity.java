package org.pathway.planning.individual;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.pathway.activity.ActivityType;
import org.pathway.activity.Development;
import org.pathway.planning.PlannedEvidence;
import org.pathway.planning.SessionSlot;

/**
 * A candidate activity for the plan; the solver picks one of its sessions, or none (not in the plan).
 * {@code reachesRank} is the rank of the level it develops (0 on scales with no levels); {@code evidence} is the
 * weight its expected evidence will count for, behaviour by behaviour.
 */
@PlanningEntity
public class PlannedActivity {

    @PlanningId
    private String activityId;
    private String title;
    private ActivityType type;
    private Development develops;
    private int reachesRank;
    private Map<String, Double> evidence;
    private double hours;
    private long cost;
    private List<SessionSlot> sessionRange;

    @PlanningVariable(valueRangeProviderRefs = "sessions", nullable = true)
    private SessionSlot session;

    public PlannedActivity() {
    }

    public PlannedActivity(String activityId, String title, ActivityType type, Development develops, int reachesRank,
            Map<String, Double> evidence, double hours, long cost, List<SessionSlot> sessionRange) {
        this.activityId = activityId;
        this.title = title;
        this.type = type;
        this.develops = develops;
        this.reachesRank = reachesRank;
        this.evidence = Map.copyOf(evidence);
        this.hours = hours;
        this.cost = cost;
        this.sessionRange = List.copyOf(sessionRange);
    }

    @ValueRangeProvider(id = "sessions")
    public List<SessionSlot> getSessionRange() {
        return sessionRange;
    }

    /** The evidence the scheduled activities among these will give, weight by behaviour. */
    public static Map<String, Double> evidenceOf(Collection<PlannedActivity> activities) {
        return evidenceIfAllDone(activities.stream().filter(PlannedActivity::isScheduled));
    }

    /**
     * The evidence these activities would give, were they all done, weight by behaviour: observations of a behaviour
     * add up, ratings of a key theme do not (a theme stands at one rating, see {@link PlannedEvidence#combine}).
     */
    static Map<String, Double> evidenceIfAllDone(Stream<PlannedActivity> activities) {
        Map<String, Double> total = new HashMap<>();
        activities.forEach(a -> a.evidence.forEach((behaviour, weight) -> total.merge(behaviour, weight,
                (had, more) -> PlannedEvidence.combine(behaviour, had, more))));
        return total;
    }

    /** The same candidate, booked on the same session, to try other sessions on without touching this one. */
    PlannedActivity copy() {
        PlannedActivity copy = new PlannedActivity(activityId, title, type, develops, reachesRank, evidence, hours, cost,
                sessionRange);
        copy.setSession(session);
        return copy;
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
        return develops.competencyId();
    }

    public Development getDevelops() {
        return develops;
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
