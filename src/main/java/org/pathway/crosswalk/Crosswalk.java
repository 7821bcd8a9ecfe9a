package org.pathway.crosswalk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The links from one framework to another, as a dataset file of {@code datasets/crosswalks/} holds them. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Crosswalk(String from, String to, List<String> notes, List<CrosswalkLink> links) {

    public Crosswalk {
        notes = notes == null ? List.of() : List.copyOf(notes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * For a first look before review: each competency's best suggestion taken as agreed, at its suggested strength,
     * where no link of that competency has been decided; decided links stay as they are.
     */
    public Crosswalk withBestSuggestionsAgreed() {
        java.util.Set<String> decided = new java.util.HashSet<>();
        links.stream().filter(l -> l.status() != LinkStatus.SUGGESTED).forEach(l -> decided.add(l.fromCompetency()));
        List<CrosswalkLink> taken = new java.util.ArrayList<>();
        for (CrosswalkLink link : links) {
            boolean best = link.status() == LinkStatus.SUGGESTED && link.fromIndicator() == null
                    && decided.add(link.fromCompetency());
            taken.add(best ? link.decided(link.strength(), LinkStatus.AGREED, null, null) : link);
        }
        return new Crosswalk(from, to, notes, taken);
    }

    /** The agreed links only: those evidence travels along. */
    public List<CrosswalkLink> agreed() {
        return links.stream().filter(CrosswalkLink::agreed).toList();
    }
}
