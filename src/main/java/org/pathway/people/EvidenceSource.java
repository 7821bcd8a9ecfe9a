package org.pathway.people;

/** Who or what the evidence comes from. */
public enum EvidenceSource {
    SELF("Self-recorded"),
    MANAGER("Manager's observation"),
    PEER_360("360 peer"),
    ASSESSMENT("Assessment centre"),
    QUALIFICATION("Qualification"),
    /** A completed development activity. */
    ACTIVITY("Completed activity");

    private final String words;

    EvidenceSource(String words) {
        this.words = words;
    }

    /** The source as a page names it. */
    public String words() {
        return words;
    }
}
