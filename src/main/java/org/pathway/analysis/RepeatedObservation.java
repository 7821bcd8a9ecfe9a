package org.pathway.analysis;

/**
 * Counting evidence that repeats an observation already counted (same indicator, source and observer), so it adds no
 * weight towards demonstrating the indicator: corroboration needs an independent observation.
 */
public record RepeatedObservation(String evidenceId, String rule) {
}
