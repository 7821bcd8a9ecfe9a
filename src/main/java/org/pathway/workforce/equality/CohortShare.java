package org.pathway.workforce.equality;

/** One person's part in a cohort plan: the places booked for them and what those places cost, in pounds. */
public record CohortShare(int places, double spend) {
}
