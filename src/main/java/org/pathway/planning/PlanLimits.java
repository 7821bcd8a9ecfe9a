package org.pathway.planning;

/** The limits a plan must keep: budget in pounds, development hours a week, and the horizon in weeks. */
public record PlanLimits(long budget, double hoursPerWeek, int horizonWeeks) {
}
