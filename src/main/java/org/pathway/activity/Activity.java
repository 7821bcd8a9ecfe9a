package org.pathway.activity;

import java.util.List;

/**
 * A development activity: what it develops, the hours and cost per attendee, the fixed cost of running a session,
 * how it is delivered, the activities to complete first, and its dated sessions.
 */
public record Activity(
        String id,
        String title,
        ActivityType type,
        List<Development> develops,
        double hours,
        double costPerAttendee,
        double sessionCost,
        Delivery delivery,
        List<String> prerequisiteIds,
        List<Session> sessions) {

    public Activity {
        develops = develops == null ? List.of() : List.copyOf(develops);
        prerequisiteIds = prerequisiteIds == null ? List.of() : List.copyOf(prerequisiteIds);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /**
     * What one place costs an individual plan: the cost per attendee and, when {@code withSessionShare}, the place's
     * share of the session's running cost (session cost / places, on the smallest session: a one-place secondment
     * pays all of it).
     */
    public long placeCost(boolean withSessionShare) {
        int places = sessions.stream().mapToInt(Session::capacity).min().orElse(1);
        return Math.round(costPerAttendee + (withSessionShare ? sessionCost / places : 0));
    }
}
