package org.pathway.policy;

import java.util.Map;
import java.util.Set;
import org.pathway.people.EvidenceSource;

/**
 * The policy values the rules read: recency windows, source weights and thresholds, read from the policy file beside
 * the rules ({@code rules/policy/policy.json}, checked against {@code policy.schema.json}, which says what each means
 * and its allowed range) so HR can change them without a rebuild. Immutable: one policy is given to every session of a
 * rule base.
 */
public record Policy(
        int recencyMonths,
        int redFlagMonths,
        Map<EvidenceSource, Double> sourceWeights,
        Set<EvidenceSource> sourcesCountingWhenClaimed,
        double demonstrationWeight,
        boolean repeatsCorroborate,
        double levelShare,
        Set<String> tierLadders,
        double behaviouralShare,
        int readyNowScore,
        int readySoonScore,
        double readySoonMaxGap,
        double insufficientEvidenceShare,
        long poundsPerWeekOfReadiness,
        boolean planPaysSessionShare,
        Map<String, Double> crosswalkWeights) {

    public Policy {
        crosswalkWeights = Map.copyOf(crosswalkWeights);
        sourceWeights = Map.copyOf(sourceWeights);
        sourcesCountingWhenClaimed = Set.copyOf(sourcesCountingWhenClaimed);
        tierLadders = Set.copyOf(tierLadders);
    }

    /** The weight of evidence from this source; a source with no weight set counts for nothing. */
    public double weightOf(EvidenceSource source) {
        return sourceWeights.getOrDefault(source, 0.0);
    }

    /**
     * The share of its weight evidence keeps when it counts under another framework through an agreed crosswalk link
     * of this strength ({@code exact}, {@code close}, {@code related}); a strength with no weight carries nothing.
     */
    public double crosswalkWeight(String strength) {
        return crosswalkWeights.getOrDefault(strength, 0.0);
    }

    /** Whether evidence from this source counts before anyone has validated it (assessors' own observations). */
    public boolean countsWhenClaimed(EvidenceSource source) {
        return sourcesCountingWhenClaimed.contains(source);
    }

    /**
     * Whether the role tiers of this framework form a ladder, where meeting a senior tier meets a junior tier's
     * requirement; otherwise (the default) each tier describes one role and only the required tier's statements meet it.
     */
    public boolean tiersFormALadder(String frameworkId) {
        return tierLadders.contains(frameworkId);
    }
}
