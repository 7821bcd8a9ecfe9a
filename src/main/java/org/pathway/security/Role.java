package org.pathway.security;

/** What a signed-in user may do. */
public enum Role {
    /** Their own record and evidence only. */
    EMPLOYEE,
    /** Their reports' records; validates their evidence. */
    MANAGER,
    /** Training needs and cohort plans; never individual evidence text. */
    LND,
    /** Succession views. */
    WORKFORCE_PLANNER,
    /** Frameworks, roles, rules; subject access and erasure. */
    ADMIN,
    /**
     * Equality impact and evidence quality, council-wide: the only role that reads protected characteristics, and
     * only as figures about groups of at least ten people; never an individual's record.
     */
    HR_ANALYST
}
