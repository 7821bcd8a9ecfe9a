package org.pathway.activity;

/**
 * What an activity develops: a competency, to a level of its scale (null on scales with no levels, where the activity
 * develops the competency's behaviours as a whole).
 */
public record Development(String competencyId, String levelId) {
}
