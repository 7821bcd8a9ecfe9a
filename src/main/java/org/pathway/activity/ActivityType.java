package org.pathway.activity;

/** The kinds of development activity a council offers. */
public enum ActivityType {
    COURSE,
    WORKSHOP,
    E_LEARNING,
    COACHING,
    MENTORING,
    SHADOWING,
    SECONDMENT,
    STRETCH_PROJECT,
    ACTION_LEARNING,
    QUALIFICATION
}
