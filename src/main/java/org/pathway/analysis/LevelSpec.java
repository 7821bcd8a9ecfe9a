package org.pathway.analysis;

import java.util.Set;

/** One described level of a competency and the effective indicators that describe it (with any all-level ones). */
public record LevelSpec(String competencyId, String levelId, int rank, Set<String> indicatorIds) {

    public int indicatorCount() {
        return indicatorIds.size();
    }
}
