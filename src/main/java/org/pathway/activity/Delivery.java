package org.pathway.activity;

/** How an activity is delivered. */
public enum Delivery {
    CLASSROOM,
    ONLINE,
    BLENDED,
    ON_THE_JOB
}
