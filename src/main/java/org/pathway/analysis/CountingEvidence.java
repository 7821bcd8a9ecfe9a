package org.pathway.analysis;

/** Evidence the policy counts, with its source weight, and the rule that admitted it. */
public record CountingEvidence(EvidenceFact evidence, double weight, String rule) {

    public String competencyId() {
        return evidence.competencyId();
    }

    public String indicatorId() {
        return evidence.indicatorId();
    }
}
