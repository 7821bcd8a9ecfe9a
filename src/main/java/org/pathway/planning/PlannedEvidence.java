package org.pathway.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathway.activity.Development;
import org.pathway.activity.DevelopmentEvidence;
import org.pathway.policy.Policy;
import org.pathway.framework.Framework;
import org.pathway.framework.ScaleKind;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;

/**
 * The evidence a completed activity is expected to give, for projecting readiness: one record per behaviour it
 * covers (on rating scales a rating of each key theme it covers, at its level), of the source its condition records
 * it as, so that a projection weighs it as the recorded evidence will be weighed once validated.
 */
public final class PlannedEvidence {

    private static final String RATED_AT = "@";

    private final Framework framework;

    public PlannedEvidence(Framework framework) {
        this.framework = framework;
    }

    /** The source the evidence is recorded as: completion records, the manager's observation, the award. */
    public static EvidenceSource sourceOf(DevelopmentEvidence evidence) {
        return switch (evidence) {
            case COMPLETION -> EvidenceSource.ACTIVITY;
            case OBSERVATION -> EvidenceSource.MANAGER;
            case QUALIFICATION -> EvidenceSource.QUALIFICATION;
        };
    }

    public List<Evidence> of(String activityId, Development develops, LocalDate completedOn) {
        boolean rates = framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS;
        String prefix = "planned-" + activityId + "-";
        return develops.covers().stream().map(covered -> new Evidence(prefix + covered, develops.competencyId(),
                rates ? null : covered, rates ? covered : null, rates ? develops.levelId() : null,
                sourceOf(develops.evidence()), EvidenceStatus.CLAIMED, completedOn, null, null, null,
                "Expected on completing a planned activity")).toList();
    }

    /**
     * The evidence completing the activity records once it is done: a claim of each behaviour it develops (on rating
     * scales a rating of each key theme at its level), observed on the day it was completed, for the manager to
     * validate. The source is the ledger's business (a completion is ACTIVITY evidence).
     */
    public List<EvidenceDraft> completion(Development develops, LocalDate completedOn, String example) {
        boolean rates = framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS;
        return develops.covers().stream().map(covered -> new EvidenceDraft(develops.competencyId(),
                rates ? null : covered, rates ? covered : null, rates ? develops.levelId() : null,
                EvidenceSource.ACTIVITY, completedOn, example, null)).toList();
    }

    /**
     * The weight the evidence will count for, behaviour by behaviour, once validated: the policy's weight for its
     * source. On rating scales each key theme it rates, at its level, gets that weight, which decides whether it
     * replaces the rating the theme stands at (see {@link GapNeeds}).
     */
    public Map<String, Double> weights(Development develops, Policy policy) {
        boolean rates = framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS;
        double weight = policy.weightOf(sourceOf(develops.evidence()));
        Map<String, Double> weights = new LinkedHashMap<>();
        develops.covers().forEach(covered -> weights.put(rates ? ratingAt(covered, develops.levelId()) : covered,
                weight));
        return weights;
    }

    /** A key theme rated at a level, as a behaviour a plan can give evidence of. */
    static String ratingAt(String keyThemeId, String levelId) {
        return keyThemeId + RATED_AT + levelId;
    }

    /**
     * Two planned pieces of evidence of one behaviour together: observations add up to a demonstration, but a key
     * theme stands at its rating from the heaviest source, so two ratings weigh as the heavier one.
     */
    public static double combine(String behaviour, double one, double other) {
        return behaviour.contains(RATED_AT) ? Math.max(one, other) : one + other;
    }
}
