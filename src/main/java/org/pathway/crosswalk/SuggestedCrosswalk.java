package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.List;

/** What the suggester proposes from one framework to another: competencies, indicators and role rungs. */
public record SuggestedCrosswalk(String from, String to, List<Suggestion> competencies, List<Suggestion> indicators,
        List<RungSuggestion> roles) {

    public SuggestedCrosswalk {
        competencies = List.copyOf(competencies);
        indicators = List.copyOf(indicators);
        roles = List.copyOf(roles);
    }

    /**
     * The competency-level suggestions as a crosswalk to review: each candidate a suggested link, its strength read
     * from its score (from {@link #EXACT_FROM} exact, from {@link #CLOSE_FROM} close, else related) for the reviewer
     * to confirm or change.
     */
    public Crosswalk toReview() {
        List<CrosswalkLink> links = new ArrayList<>();
        for (Suggestion suggestion : competencies) {
            for (Candidate candidate : suggestion.candidates()) {
                Strength strength = candidate.score() >= EXACT_FROM ? Strength.EXACT
                        : candidate.score() >= CLOSE_FROM ? Strength.CLOSE : Strength.RELATED;
                links.add(new CrosswalkLink(suggestion.from().competency(), null, candidate.item().competency(), null,
                        strength, LinkStatus.SUGGESTED, candidate.score(), candidate.matched(), null, null));
            }
        }
        return new Crosswalk(from, to, List.of("Suggested by 'pathway crosswalk suggest': nothing here is agreed yet;"
                + " an admin reviews each link (Administration, Crosswalks)."), links);
    }

    /** The least score a suggested link needs to be proposed as exact. */
    public static final double EXACT_FROM = 0.65;

    /** The least score a suggested link needs to be proposed as close. */
    public static final double CLOSE_FROM = 0.55;
}
