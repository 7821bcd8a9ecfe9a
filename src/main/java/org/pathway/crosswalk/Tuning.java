package org.pathway.crosswalk;

import java.util.Map;

/**
 * How the suggester weighs words: each query field's weight (a word from the source's name says more than one of its
 * many indicators), each indexed field's boost, the least score a best candidate needs for anything to be suggested,
 * and how many candidates are kept. Competencies are then ranked by {@link CounterpartRanking}, which adds their
 * meaning; indicators by their words alone. Chosen on the oracle and kept round (see the README's crosswalk benchmark).
 */
record Tuning(Map<String, Double> queryWeights, Map<String, Double> fieldBoosts, double threshold, int candidates) {

    static final Tuning COMPETENCIES = new Tuning(
            Map.of(ItemText.NAME, 3.0, ItemText.DEFINITION, 2.0, ItemText.THEMES, 2.0, ItemText.INDICATORS, 1.0),
            Map.of(ItemText.NAME, 2.0, ItemText.DEFINITION, 1.0, ItemText.THEMES, 1.0, ItemText.INDICATORS, 1.0),
            0.5, 3);

    static final Tuning INDICATORS = new Tuning(
            Map.of(ItemText.TEXT, 2.0, ItemText.CONTEXT, 1.0),
            Map.of(ItemText.TEXT, 2.0, ItemText.CONTEXT, 1.0),
            0.25, 3);
}
