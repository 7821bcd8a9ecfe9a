package org.pathway.people;

/** Where evidence stands in validation: claimed, validated by a manager or assessor, or rejected with a reason. */
public enum EvidenceStatus {
    CLAIMED("Awaiting validation"),
    VALIDATED("Validated"),
    REJECTED("Rejected");

    private final String words;

    EvidenceStatus(String words) {
        this.words = words;
    }

    /** The status as a page names it. */
    public String words() {
        return words;
    }
}
