package org.pathway.analysis;

/**
 * Where a piece of evidence counted under this framework comes from when it was recorded under another and travels
 * through an agreed crosswalk link: the translated evidence's id, the link's strength ({@code exact}, {@code close},
 * {@code related}) and the origin in words ("Ashfield/Mansfield 'Collaborating and partnering' Level 2 - Service
 * Managers"). The rules of {@code rules/crosswalk/} weigh it; the original evidence is never changed.
 */
public record CrosswalkOrigin(String evidenceId, String strength, String origin) {
}
