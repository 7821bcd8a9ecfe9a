package org.pathway.people;

/** Who or what the evidence comes from. */
public enum EvidenceSource {
    SELF,
    MANAGER,
    PEER_360,
    ASSESSMENT,
    QUALIFICATION,
    /** A completed development activity. */
    ACTIVITY
}
