package org.pathway.activity;

import java.time.LocalDate;

/**
 * One dated run of an activity: it starts on {@code start} and lasts {@code weeks} weeks (1 for a one-off day), with
 * places for {@code capacity} attendees, at a location, led by a facilitator (trainer, coach, mentor or host).
 */
public record Session(String id, LocalDate start, int weeks, int capacity, String location, String facilitator) {

    /** The last day the session occupies. */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }
}
