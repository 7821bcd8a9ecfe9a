package org.pathway.analysis;

/**
 * A requirement of a target role as the rules see it. {@code requiredRank} is 0 on scales with no levels;
 * {@code describedRank} is the lowest described level at or above it, whose indicators show what the level looks like
 * (a Cherwell mid-point requirement is described by the rating above it).
 */
public record RoleRequirement(String roleId, String competencyId, int requiredRank, int describedRank,
        boolean essential, double weight) {
}
