package org.pathway.planning;

import java.time.LocalDate;

/**
 * A session as a plan sees it: its activity, its weeks counted from the plan's start (end exclusive), the hours it
 * takes each week it runs, and the places left on it.
 */
public record SessionSlot(String id, String activityId, LocalDate start, int startWeek, int weeks, double hoursPerWeek,
        int placesLeft, String facilitator) {

    public int endWeek() {
        return startWeek + weeks;
    }

    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /** Whether the two sessions run in a common week. */
    public boolean overlaps(SessionSlot other) {
        return startWeek < other.endWeek() && other.startWeek < endWeek();
    }

    /** A short, fixed-date event (a course day, a workshop): two of them cannot share a week. */
    public boolean isShortEvent() {
        return weeks <= 2;
    }

    public boolean runsIn(int week) {
        return week >= startWeek && week < endWeek();
    }
}
