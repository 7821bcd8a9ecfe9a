package org.pathway.people;

import org.pathway.problem.Field;

/** The fields of a piece of evidence, as its checks name them. */
public enum EvidenceField implements Field {
    ID("id") {
        @Override
        public String column() {
            return "evidence_id";
        }
    },
    COMPETENCY("competencyId"),
    INDICATOR("indicatorId"),
    KEY_THEME("keyThemeId"),
    RATING("ratingLevelId"),
    SOURCE("source"),
    STATUS("status"),
    OBSERVED_ON("observedOn"),
    VALIDATED_BY("validatedBy"),
    VALIDATED_ON("validatedOn"),
    REJECTION_REASON("rejectionReason"),
    EXAMPLE("example"),
    RECORDED_ON("recordedOn"),
    RECORDED_BY("recordedBy"),
    OBSERVED_BY("observedBy");

    private final String property;

    EvidenceField(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
