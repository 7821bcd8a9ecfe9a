package org.pathway.planning;

/**
 * A gap a plan tries to close: a competency short of the level (rank) a role requires, whether essential, its weight,
 * its size (0-1) and what closing it takes. Its value is what closing it is worth: weight x gap, in thousandths.
 */
public record PlanGap(String competencyId, String competency, int requiredRank, String requiredLevel, boolean essential,
        double weight, double gap, GapNeed need) {

    public long value() {
        return Math.round(weight * gap * 1000);
    }
}
