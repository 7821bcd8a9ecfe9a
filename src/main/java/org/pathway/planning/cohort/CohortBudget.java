package org.pathway.planning.cohort;

/** The money a cohort plan may spend, in pounds: sessions' running costs plus attendees' costs. */
public record CohortBudget(long pounds) {
}
