package org.pathway.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A session as a plan sees it: its activity, its dates, the weeks of the plan it occupies (counted from the plan's
 * start, end exclusive: every plan week it touches, so a session starting mid-week occupies the week it ends in too),
 * the hours it takes each week it runs, and the places left on it.
 */
public record SessionSlot(String id, String activityId, LocalDate start, LocalDate end, int startWeek, int endWeek,
        double hoursPerWeek, int placesLeft, String facilitator) {

    /** A session of {@code weeks} weeks from {@code start}, seen from a plan that starts on {@code planStart}. */
    public static SessionSlot of(LocalDate planStart, String id, String activityId, LocalDate start, int weeks,
            double hoursPerWeek, int placesLeft, String facilitator) {
        LocalDate end = start.plusWeeks(weeks).minusDays(1);
        return new SessionSlot(id, activityId, start, end, weekOf(planStart, start), weekOf(planStart, end) + 1,
                hoursPerWeek, placesLeft, facilitator);
    }

    private static int weekOf(LocalDate planStart, LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(planStart, day), 7);
    }

    /** Whether the two sessions run in a common week. */
    public boolean overlaps(SessionSlot other) {
        return startWeek < other.endWeek() && other.startWeek < endWeek();
    }

    /** A short, fixed-date event (a course day, a workshop: two weeks at most): two of them cannot share a week. */
    public boolean isShortEvent() {
        return ChronoUnit.DAYS.between(start, end) < 14;
    }

    public boolean runsIn(int week) {
        return week >= startWeek && week < endWeek();
    }
}
