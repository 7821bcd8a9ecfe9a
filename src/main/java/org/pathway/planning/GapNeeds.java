package org.pathway.planning;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.CountingEvidence;
import org.pathway.analysis.KeyThemeRating;
import org.pathway.policy.Policy;
import org.pathway.people.EvidenceSource;
import org.pathway.analysis.RequirementResult;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;

/**
 * Works out what closing a gap takes from the analysis that found it, as the rules state the policy: on role tiers
 * the required tier's share of behaviours; on cumulative scales that share of every level above the one attained, up
 * to the required one; with no levels the share of all the competency's behaviours; on rating scales every key theme
 * rated at the level. Behaviours already part-evidenced lack only the rest of the weight.
 */
public final class GapNeeds {

    private final Framework framework;
    private final Analysis analysis;
    private final Policy policy;

    public GapNeeds(Framework framework, Analysis analysis) {
        this.framework = framework;
        this.analysis = analysis;
        this.policy = analysis.policy();
    }

    public GapNeed of(RequirementResult gap) {
        Competency competency = framework.competency(gap.competencyId()).orElseThrow();
        ScaleKind kind = framework.scale().kind();
        if (kind == ScaleKind.BEHAVIOURAL) {
            return new GapNeed(List.of(part(0, "its behaviours", competency.indicators(Polarity.EFFECTIVE),
                    policy.behaviouralShare())));
        }
        if (kind == ScaleKind.RATING_WITH_MIDPOINTS) {
            return new GapNeed(List.of(themes(competency, gap.requirement().describedRank())));
        }
        List<Level> levels = framework.levelsOf(competency).stream().filter(Level::described)
                .filter(l -> kind == ScaleKind.ROLE_TIER ? l.rank() == gap.requirement().describedRank()
                        : l.rank() > gap.attainedRank() && l.rank() <= gap.requirement().requiredRank())
                .toList();
        return new GapNeed(levels.stream().map(l -> part(l.rank(), l.label(), competency.effectiveIndicatorsAt(l.id()),
                policy.levelShare())).toList());
    }

    private GapNeed.Part part(int rank, String level, List<Indicator> indicators, double share) {
        Map<String, Double> lacking = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            double has = analysis.countingEvidence().stream()
                    .filter(e -> indicator.id().equals(e.indicatorId())).mapToDouble(CountingEvidence::weight).sum();
            if (has < policy.demonstrationWeight()) {
                lacking.put(indicator.id(), policy.demonstrationWeight() - has);
            }
        }
        int needed = (int) Math.ceil(share * indicators.size() - 1e-9);
        int shown = indicators.size() - lacking.size();
        return new GapNeed.Part(rank, level, lacking, Math.max(0, needed - shown));
    }

    /**
     * Every key theme rated below the level, each to be rated at it (see {@link PlannedEvidence#ratingAt}). A theme
     * stands at the most recent rating from its heaviest source, so a planned rating re-rates it only if its source
     * weighs at least as much as the rating it stands at (an activity's completion does not replace a manager's
     * rating); an unrated theme takes a rating from any source that counts.
     */
    private GapNeed.Part themes(Competency competency, int rank) {
        String levelId = framework.scale().levels().stream().filter(l -> l.rank() == rank).findFirst().orElseThrow().id();
        Map<String, Double> lacking = new LinkedHashMap<>();
        for (KeyTheme theme : competency.keyThemes()) {
            Optional<KeyThemeRating> standing = analysis.keyThemeRatings().stream()
                    .filter(r -> r.competencyId().equals(competency.id()) && r.keyThemeId().equals(theme.id()))
                    .findFirst();
            if (standing.map(r -> r.rank() < rank).orElse(true)) {
                lacking.put(PlannedEvidence.ratingAt(theme.id(), levelId),
                        standing.map(this::weightOfEvidenceBehind).orElse(lightestSourceWeight()));
            }
        }
        return new GapNeed.Part(rank, framework.levelLabel(rank), lacking, lacking.size());
    }

    private double weightOfEvidenceBehind(KeyThemeRating rating) {
        return analysis.countingEvidence().stream().filter(e -> e.evidence().evidenceId().equals(rating.evidenceId()))
                .mapToDouble(CountingEvidence::weight).max().orElse(lightestSourceWeight());
    }

    private double lightestSourceWeight() {
        return Arrays.stream(EvidenceSource.values()).mapToDouble(policy::weightOf).filter(w -> w > 0).min()
                .orElse(policy.demonstrationWeight());
    }
}
