package org.pathway.activity;

import java.util.List;

/**
 * What an activity develops, specifically: a competency, at a level of its scale (null on scales with no levels), the
 * behaviours it covers (effective indicator ids of that level, or that apply at every level; on rating scales, the
 * key themes it rates at that level) and the evidence it gives for each of them, on what condition.
 */
public record Development(String competencyId, String levelId, List<String> covers, DevelopmentEvidence evidence) {

    public Development {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }
}
