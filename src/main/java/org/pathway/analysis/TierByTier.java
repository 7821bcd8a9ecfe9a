package org.pathway.analysis;

/**
 * A role-tier competency whose requirements are judged tier by tier: a senior tier met does not meet a junior tier's
 * requirement (the policy does not say the framework's tiers form a ladder).
 */
public record TierByTier(String competencyId, String rule) {
}
