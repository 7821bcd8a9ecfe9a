package org.pathway.analysis;

/** The rating a key theme stands at, from the counting rating evidence the rule chose. */
public record KeyThemeRating(String competencyId, String keyThemeId, int rank, String evidenceId, String rule) {
}
