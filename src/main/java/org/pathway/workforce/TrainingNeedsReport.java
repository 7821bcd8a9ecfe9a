package org.pathway.workforce;

import java.util.List;

/** A training needs analysis: needs ranked across the scope, and the same broken down by unit. */
public record TrainingNeedsReport(String scope, int employees, String breakdownBy, List<TrainingNeed> ranked,
        List<TrainingNeed> byUnit, String decidedUnder) {
}
