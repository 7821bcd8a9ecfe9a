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
    ADMIN
}
