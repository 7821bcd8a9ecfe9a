package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.List;

/**
 * One suggested link as the command line and the API give it: from, to, score, the words that matched, and the
 * candidate's rank among the source's candidates (1: the best). Items with no candidate give no link.
 */
public record SuggestedLink(ItemRef from, ItemRef to, double score, List<String> matched, int rank) {

    public SuggestedLink {
        matched = List.copyOf(matched);
    }

    /** Every candidate of the suggestions as a link, in the suggestions' order, best candidate first. */
    public static List<SuggestedLink> of(List<Suggestion> suggestions) {
        List<SuggestedLink> links = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            for (int i = 0; i < suggestion.candidates().size(); i++) {
                Candidate candidate = suggestion.candidates().get(i);
                links.add(new SuggestedLink(suggestion.from(), candidate.item(), candidate.score(),
                        candidate.matched(), i + 1));
            }
        }
        return links;
    }
}
