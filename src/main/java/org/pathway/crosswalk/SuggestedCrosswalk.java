package org.pathway.crosswalk;

import java.util.List;

/** What the suggester proposes from one framework to another: competencies, indicators and role rungs. */
public record SuggestedCrosswalk(String from, String to, List<Suggestion> competencies, List<Suggestion> indicators,
        List<RungSuggestion> roles) {

    public SuggestedCrosswalk {
        competencies = List.copyOf(competencies);
        indicators = List.copyOf(indicators);
        roles = List.copyOf(roles);
    }
}
