package org.pathway.planning.individual;

/** What one week of earlier readiness is worth to a plan, in pounds (policy: {@code poundsPerWeekOfReadiness}). */
public record WeekOfReadiness(long pounds) {
}
