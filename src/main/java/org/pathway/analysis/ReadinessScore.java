package org.pathway.analysis;

/**
 * The weighted readiness score for a role and the figures its verdict depends on: the essential gaps and the largest of
 * them, the red flags, and how many essential requirements rest only on evidence that does not count.
 */
public record ReadinessScore(String roleId, int score, int essentialRequirements, int essentialGaps,
        double largestEssentialGap, int redFlags, int unsupportedEssentials, String rule) {

    /**
     * 100 x {@code achieved} / {@code total}, rounded half up, after rounding off the float noise of the sums at the
     * sixth decimal so that the order the sums were taken in cannot change the score.
     */
    public static int percent(Number achieved, Number total) {
        double exact = 100 * achieved.doubleValue() / total.doubleValue();
        return (int) Math.round(Math.rint(exact * 1e6) / 1e6);
    }

    /** The share of essential requirements resting only on evidence that does not count. */
    public double unsupportedShare() {
        return essentialRequirements == 0 ? 0 : (double) unsupportedEssentials / essentialRequirements;
    }
}
