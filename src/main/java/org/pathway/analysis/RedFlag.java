package org.pathway.analysis;

/** A recent counting observation of an ineffective behaviour. */
public record RedFlag(String competencyId, String indicatorId, String evidenceId, String rule) {
}
