package org.pathway.analysis;

import org.kie.api.definition.type.ClassReactive;

/** Evidence the policy counts, with its source weight, and the rule that admitted it. */
@ClassReactive
public record CountingEvidence(EvidenceFact evidence, double weight, String rule) {

    public String competencyId() {
        return evidence.competencyId();
    }

    public String indicatorId() {
        return evidence.indicatorId();
    }
}
