package org.pathway.workforce;

/**
 * How many people fall short in one competency at one required level, for the role they hold and for the role
 * directly above it; {@code need} weights each shortfall by its requirement's weight (essential counts double by
 * default). {@code unit} is the unit the row counts ("" for the whole scope).
 */
public record TrainingNeed(
        String frameworkId,
        String unit,
        String competencyId,
        String competency,
        int requiredRank,
        String level,
        int shortForCurrentRole,
        int essentialForCurrentRole,
        int shortForNextRole,
        int essentialForNextRole,
        double need) {
}
