package org.pathway.crosswalk;

import java.util.List;

/**
 * One suggested counterpart: the item, its score (the BM25 score of the query against it as a share of the query's
 * score against its own item, so 1.0 is as close as the item is to itself) and the words both share, strongest first.
 */
public record Candidate(ItemRef item, String name, double score, List<String> matched) {

    public Candidate {
        matched = List.copyOf(matched);
    }
}
