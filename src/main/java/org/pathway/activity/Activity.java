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
}
