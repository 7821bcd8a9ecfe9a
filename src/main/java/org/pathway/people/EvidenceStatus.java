package org.pathway.people;

/** Where evidence stands in validation: claimed, validated by a manager or assessor, or rejected with a reason. */
public enum EvidenceStatus {
    CLAIMED,
    VALIDATED,
    REJECTED
}
