package org.pathway.analysis;

/**
 * The weighted readiness score for a role and the figures its verdict depends on: the essential gaps and the largest of
 * them, the red flags, and how many essential requirements rest only on evidence that does not count.
 */
public record ReadinessScore(String roleId, int score, int essentialRequirements, int essentialGaps,
        double largestEssentialGap, int redFlags, int unsupportedEssentials, String rule) {

    /** The share of essential requirements resting only on evidence that does not count. */
    public double unsupportedShare() {
        return essentialRequirements == 0 ? 0 : (double) unsupportedEssentials / essentialRequirements;
    }
}
