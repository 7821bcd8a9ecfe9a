package org.pathway.planning;

/** The limits a plan must keep: budget in pounds, development hours a week, and the horizon in weeks. */
public record PlanLimits(long budget, double hoursPerWeek, int horizonWeeks) {

    /** Development time a week unless told otherwise: one day in five of the contracted hours (7.4 of 37). */
    public static double defaultHoursPerWeek(double contractedHours) {
        return Math.round(contractedHours * 0.2 * 10) / 10.0;
    }
}
