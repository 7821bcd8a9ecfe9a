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

    /** The agreed links only: those evidence travels along. */
    public List<CrosswalkLink> agreed() {
        return links.stream().filter(CrosswalkLink::agreed).toList();
    }
}
