package org.pathway.role;

/**
 * What a role needs of one competency: the minimum level (null on scales with no levels, where the behavioural share
 * threshold of the policy applies), whether it is essential, and its weight in the readiness score.
 */
public record Requirement(String competencyId, String minLevelId, boolean essential, double weight) {
}
