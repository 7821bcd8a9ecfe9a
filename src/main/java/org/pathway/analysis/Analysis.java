package org.pathway.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.policy.Policy;

/**
 * Everything the rules concluded about one employee at one date: the derived facts, each carrying the rule that produced
 * it, how often each rule fired, and the policy and rules version it was decided under.
 */
public record Analysis(
        String employeeId,
        String frameworkId,
        LocalDate asOf,
        Policy policy,
        List<CountingEvidence> countingEvidence,
        List<DiscountedEvidence> discountedEvidence,
        List<DemonstratedIndicator> demonstrated,
        List<RepeatedObservation> repeatedObservations,
        List<Attainment> attainments,
        List<KeyThemeRating> keyThemeRatings,
        List<RedFlag> redFlags,
        List<RequirementResult> requirementResults,
        List<MissingBehaviour> missingBehaviours,
        List<ReadinessScore> scores,
        List<Readiness> readiness,
        List<PromotionPath> paths,
        Map<String, Integer> firedRules,
        String decidedUnder,
        List<TranslatedEvidence> translated) {

    public Optional<Readiness> readinessFor(String roleId) {
        return readiness.stream().filter(r -> r.roleId().equals(roleId)).findFirst();
    }

    public Optional<ReadinessScore> scoreFor(String roleId) {
        return scores.stream().filter(s -> s.roleId().equals(roleId)).findFirst();
    }

    public List<RequirementResult> resultsFor(String roleId) {
        return requirementResults.stream().filter(r -> r.roleId().equals(roleId)).toList();
    }

    public List<MissingBehaviour> missingFor(String roleId, String competencyId) {
        return missingBehaviours.stream()
                .filter(m -> m.roleId().equals(roleId) && m.competencyId().equals(competencyId)).toList();
    }

    public Optional<Attainment> attainmentOf(String competencyId) {
        return attainments.stream().filter(a -> a.competencyId().equals(competencyId)).findFirst();
    }

    /** Paths ranked best first: highest readiness score for the final role, then fewer rungs. */
    public List<PromotionPath> rankedPaths() {
        return paths.stream()
                .sorted(Comparator.comparingInt(PromotionPath::score).reversed()
                        .thenComparingInt(p -> p.path().rungs())
                        .thenComparing(p -> String.join(">", p.path().roleIds())))
                .toList();
    }
}
