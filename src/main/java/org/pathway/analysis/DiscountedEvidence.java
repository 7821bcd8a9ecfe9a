package org.pathway.analysis;

/** Evidence shown to the employee but not counted, with the reason and the rule that set it aside. */
public record DiscountedEvidence(EvidenceFact evidence, String reason, String rule) {

    public String competencyId() {
        return evidence.competencyId();
    }
}
