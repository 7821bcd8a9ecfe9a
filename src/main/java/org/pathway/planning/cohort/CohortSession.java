package org.pathway.planning.cohort;

import org.pathway.planning.SessionSlot;

/**
 * A session a cohort plan may run: its slot, what it develops (competency and rank reached, 0 with no levels), its
 * places, the fixed cost of running it and the cost per attendee, and whether a trainer must lead it in person (a
 * trainer cannot lead two at once) and where (a room holds one at a time). It runs if anyone is booked on it.
 */
public record CohortSession(SessionSlot slot, String activityId, String title, String competencyId, int reachesRank,
        int capacity, long sessionCost, long costPerAttendee, boolean ledByTrainer, String room) {

    public boolean isOnline() {
        return "Online".equals(room);
    }

    public String id() {
        return slot.id();
    }

    public String facilitator() {
        return slot.facilitator();
    }
}
