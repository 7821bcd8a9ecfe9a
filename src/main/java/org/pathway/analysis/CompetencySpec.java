package org.pathway.analysis;

import java.util.List;
import org.pathway.framework.ScaleKind;

/** A competency a target role requires, with what attainment rules need: its scale kind, key themes and counts. */
public record CompetencySpec(String competencyId, ScaleKind scaleKind, int keyThemeCount, int effectiveCount,
        List<Integer> levelRanks) {

    /** The highest rank of the competency's scale not above {@code rank}; 0 when below the lowest. */
    public int rankAtOrBelow(int rank) {
        return levelRanks.stream().filter(r -> r <= rank).mapToInt(Integer::intValue).max().orElse(0);
    }
}
