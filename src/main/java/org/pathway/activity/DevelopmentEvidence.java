package org.pathway.activity;

/**
 * The evidence an activity gives for each behaviour it covers, one record per behaviour, and on what condition. Its
 * weight is the policy's weight for the evidence source it is recorded as.
 */
public enum DevelopmentEvidence {
    /** On completing it: a record of the learning, recorded as ACTIVITY evidence (courses, coaching, shadowing). */
    COMPLETION,
    /** When the host or line manager observes the behaviour at work during it: MANAGER evidence (secondments, projects). */
    OBSERVATION,
    /** When the qualification is awarded on assessment: QUALIFICATION evidence. */
    QUALIFICATION
}
