package org.pathway.crosswalk;

import java.util.List;

/** The ranked counterparts suggested for one competency or indicator; empty when nothing is close enough. */
public record Suggestion(ItemRef from, String name, List<Candidate> candidates) {

    public Suggestion {
        candidates = List.copyOf(candidates);
    }
}
