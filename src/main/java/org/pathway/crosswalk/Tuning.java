package org.pathway.crosswalk;

import java.util.Map;

/**
 * How the suggester weighs words: each query field's weight (a word from the source's name says more than one of its
 * many indicators), each indexed field's boost, the least score a candidate needs to be suggested at all, and how many
 * candidates are kept; {@code mutual}: a pair's score is the geometric mean of how close each is to the other, so a
 * long text that happens to contain a short one's few words does not pass for its counterpart; {@code clear}: a best
 * candidate scoring at least this is suggested as it is, below it only when {@code reciprocal} (0: never asked) holds:
 * the source is among that candidate's {@code reciprocal} closest items of the source's framework, looking back, so a
 * competency with no counterpart, whose best is merely the least far of a generic lot, gets no suggestion. Chosen on
 * the oracle's two pairs and kept round (see the README's crosswalk benchmark).
 */
record Tuning(Map<String, Double> queryWeights, Map<String, Double> fieldBoosts, double threshold, int candidates,
        boolean mutual, double clear, int reciprocal) {

    static final Tuning COMPETENCIES = new Tuning(
            Map.of(ItemText.NAME, 3.0, ItemText.DEFINITION, 2.0, ItemText.THEMES, 2.0, ItemText.INDICATORS, 1.0),
            Map.of(ItemText.NAME, 2.0, ItemText.DEFINITION, 1.0, ItemText.THEMES, 1.0, ItemText.INDICATORS, 1.0),
            0.20, 3, true, 0.30, 3);

    static final Tuning INDICATORS = new Tuning(
            Map.of(ItemText.TEXT, 2.0, ItemText.CONTEXT, 1.0),
            Map.of(ItemText.TEXT, 2.0, ItemText.CONTEXT, 1.0),
            0.25, 3, false, 0, 0);
}
