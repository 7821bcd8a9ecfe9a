package org.pathway.framework;

/** The four shapes of proficiency scale found in council frameworks; attainment rules differ per kind. */
public enum ScaleKind {
    /** Each level is a tier of roles (Ashfield/Mansfield Levels 3-1, Appendix 2's Head of Service to Chief Executive). */
    ROLE_TIER("role tiers"),
    /** Numbered levels where a level implies every lower one (Slough). */
    CUMULATIVE("cumulative levels (each level includes those below it)"),
    /** A rating scale whose in-between ratings are undescribed mid-points (Cherwell A-H). */
    RATING_WITH_MIDPOINTS("ratings with mid-points"),
    /** No levels: effective and ineffective behaviours only (Cambridge). */
    BEHAVIOURAL("behaviours, with no levels");

    private final String words;

    ScaleKind(String words) {
        this.words = words;
    }

    /** The kind as a page names it. */
    public String words() {
        return words;
    }
}
