package org.pathway.analysis;

/**
 * Evidence shown to the employee but not counted, with the reason and the rule that set it aside. It {@code couldCount}
 * when someone can still make it count: validate a claim, or observe again what is out of date; rejected evidence
 * could not.
 */
public record DiscountedEvidence(EvidenceFact evidence, String reason, boolean couldCount, String rule) {

    public String competencyId() {
        return evidence.competencyId();
    }
}
