package org.pathway.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pathway.policy.Policy;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;
import org.pathway.role.Requirement;
import org.pathway.role.RoleProfile;

/**
 * The readiness policy of rules/README.md written again in plain Java, independently of the DRL: the oracle the rules
 * are checked against on generated workforces, and the baseline of the benchmark. It reads the same policy values.
 */
public final class ReferenceEvaluator {

    /** The reference's conclusions for one role: verdict, score, the gap per competency and what is missing. */
    public record Outcome(String roleId, Verdict verdict, int score, Map<String, Double> gaps,
            Map<String, Set<String>> missing, Set<String> redFlagEvidence) {
    }

    private final Policy policy;
    private final Framework framework;
    private final Map<String, Indicator> indicators = new HashMap<>();

    public ReferenceEvaluator(Policy policy, Framework framework) {
        this.policy = policy;
        this.framework = framework;
        framework.competencies().forEach(c -> c.indicators().forEach(i -> indicators.put(i.id(), i)));
    }

    public Outcome evaluate(Employee employee, RoleProfile role, LocalDate asOf) {
        List<Evidence> counting = new ArrayList<>();
        Set<String> discountedCompetencies = new TreeSet<>();
        Map<Evidence, Integer> sequence = new HashMap<>();
        for (int i = 0; i < employee.evidence().size(); i++) {
            Evidence e = employee.evidence().get(i);
            if (!e.knownOn(asOf)) {
                continue;
            }
            sequence.put(e, i);
            boolean statementOnLetterScale = !e.givesRating()
                    && framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS;
            if (counts(e, asOf) && !statementOnLetterScale) {
                counting.add(e);
            } else if (e.statusOn(asOf) != EvidenceStatus.REJECTED && !statementOnLetterScale) {
                discountedCompetencies.add(e.competencyId());
            }
        }
        Set<String> demonstrated = demonstrated(counting, sequence);
        Set<String> redFlags = new TreeSet<>();
        for (Evidence e : counting) {
            if (!e.givesRating() && polarity(e.indicatorId()) == Polarity.INEFFECTIVE
                    && !e.observedOn().isBefore(asOf.minusMonths(policy.redFlagMonths()))) {
                redFlags.add(e.id());
            }
        }
        Map<String, Double> gaps = new TreeMap<>();
        Map<String, Set<String>> missing = new TreeMap<>();
        double total = 0;
        double achieved = 0;
        int essentials = 0;
        int essentialGaps = 0;
        int unsupported = 0;
        double largest = 0;
        for (Requirement requirement : role.requirements()) {
            Competency competency = framework.competency(requirement.competencyId()).orElseThrow();
            double gap = gap(competency, requirement, counting, demonstrated, sequence, asOf, missing);
            gaps.put(competency.id(), gap);
            total += requirement.weight();
            achieved += requirement.weight() * (1 - gap);
            if (requirement.essential()) {
                essentials++;
                if (gap > 0) {
                    essentialGaps++;
                    largest = Math.max(largest, gap);
                }
                boolean anyCounting = counting.stream().anyMatch(e -> e.competencyId().equals(competency.id()));
                if (!anyCounting && discountedCompetencies.contains(competency.id())) {
                    unsupported++;
                }
            }
        }
        int score = (int) Math.round(Math.rint(100 * achieved / total * 1e6) / 1e6);
        double unsupportedShare = essentials == 0 ? 0 : (double) unsupported / essentials;
        return new Outcome(role.id(), verdict(score, essentialGaps, largest, redFlags.size(), unsupportedShare), score,
                gaps, missing, redFlags);
    }

    private Verdict verdict(int score, int essentialGaps, double largest, int redFlags, double unsupportedShare) {
        if (unsupportedShare > policy.insufficientEvidenceShare()) {
            return Verdict.INSUFFICIENT_EVIDENCE;
        }
        if (essentialGaps == 0 && redFlags == 0 && score >= policy.readyNowScore()) {
            return Verdict.READY_NOW;
        }
        if (largest <= policy.readySoonMaxGap() && score >= policy.readySoonScore()) {
            return Verdict.READY_IN_1_2_YEARS;
        }
        return Verdict.NOT_YET;
    }

    private boolean counts(Evidence e, LocalDate asOf) {
        EvidenceStatus status = e.statusOn(asOf);
        if (status == EvidenceStatus.REJECTED || e.observedOn().isBefore(asOf.minusMonths(policy.recencyMonths()))) {
            return false;
        }
        return status == EvidenceStatus.VALIDATED || policy.countsWhenClaimed(e.source());
    }

    private Set<String> demonstrated(List<Evidence> counting, Map<Evidence, Integer> sequence) {
        Map<String, Double> weights = new HashMap<>();
        for (Evidence e : counting) {
            if (!e.givesRating() && polarity(e.indicatorId()) == Polarity.EFFECTIVE && !repeat(e, counting, sequence)) {
                weights.merge(e.competencyId() + "/" + e.indicatorId(), policy.weightOf(e.source()), Double::sum);
            }
        }
        Set<String> shown = new TreeSet<>();
        weights.forEach((key, weight) -> {
            if (weight >= policy.demonstrationWeight()) {
                shown.add(key.substring(key.indexOf('/') + 1));
            }
        });
        return shown;
    }

    /** Whether earlier counting evidence on its indicator had its source and observer (and day, if repeats count). */
    private boolean repeat(Evidence e, List<Evidence> counting, Map<Evidence, Integer> sequence) {
        return counting.stream().anyMatch(first -> e.indicatorId().equals(first.indicatorId())
                && e.competencyId().equals(first.competencyId()) && e.source() == first.source()
                && Objects.equals(e.observedBy(), first.observedBy()) && sequence.get(first) < sequence.get(e)
                && (!policy.repeatsCorroborate() || e.observedOn().equals(first.observedOn())));
    }

    private double gap(Competency competency, Requirement requirement, List<Evidence> counting, Set<String> shown,
            Map<Evidence, Integer> sequence, LocalDate asOf, Map<String, Set<String>> missing) {
        ScaleKind kind = framework.scale().kind();
        List<Indicator> effective = competency.indicators(Polarity.EFFECTIVE);
        Set<String> gaps = new TreeSet<>();
        double gap;
        if (kind == ScaleKind.BEHAVIOURAL) {
            double share = (double) effective.stream().filter(i -> shown.contains(i.id())).count() / effective.size();
            gap = share >= policy.behaviouralShare() ? 0 : (policy.behaviouralShare() - share) / policy.behaviouralShare();
            if (gap > 0) {
                effective.stream().filter(i -> !shown.contains(i.id())).forEach(i -> gaps.add(i.id()));
            }
        } else {
            int required = rank(requirement.minLevelId());
            int attained = kind == ScaleKind.RATING_WITH_MIDPOINTS
                    ? rating(competency, counting, sequence, asOf, required, gaps)
                    : levelAttained(competency, shown, required);
            gap = attained >= required ? 0 : (double) (required - attained) / required;
            if (gap > 0 && kind != ScaleKind.RATING_WITH_MIDPOINTS) {
                for (Indicator i : effective) {
                    int rank = rank(i.levelId());
                    boolean relevant = kind == ScaleKind.ROLE_TIER ? rank == required || rank == 0
                            : rank > attained && rank <= required || rank == 0;
                    if (relevant && !shown.contains(i.id())) {
                        gaps.add(i.id());
                    }
                }
            }
            if (gap == 0) {
                gaps.clear();
            }
        }
        if (!gaps.isEmpty()) {
            missing.put(competency.id(), gaps);
        }
        return gap;
    }

    /** The rank held towards a requirement of rank {@code required}. */
    private int levelAttained(Competency competency, Set<String> shown, int required) {
        int attained = 0;
        for (Level level : framework.levelsOf(competency)) {
            List<Indicator> at = competency.effectiveIndicatorsAt(level.id());
            long count = at.stream().filter(i -> shown.contains(i.id())).count();
            boolean met = !at.isEmpty() && count >= policy.levelShare() * at.size();
            if (framework.scale().kind() == ScaleKind.ROLE_TIER) {
                boolean counts = policy.tiersFormALadder(framework.id()) || level.rank() <= required;
                attained = met && counts ? level.rank() : attained;
            } else if (met) {
                attained = level.rank();
            } else {
                break;
            }
        }
        return attained;
    }

    /** The competency rating; adds to {@code gaps} the indicators of key themes rated below the requirement. */
    private int rating(Competency competency, List<Evidence> counting, Map<Evidence, Integer> sequence, LocalDate asOf,
            int required, Set<String> gaps) {
        int described = framework.scale().levels().stream().filter(l -> l.described() && l.rank() >= required)
                .mapToInt(Level::rank).min().orElse(required);
        int sum = 0;
        for (KeyTheme theme : competency.keyThemes()) {
            int themeRank = counting.stream()
                    .filter(e -> e.givesRating() && e.competencyId().equals(competency.id())
                            && e.keyThemeId().equals(theme.id()))
                    .min(Comparator.comparingDouble((Evidence e) -> -policy.weightOf(e.source()))
                            .thenComparingLong(e -> ChronoUnit.DAYS.between(e.observedOn(), asOf))
                            .thenComparing(e -> -rank(e.ratingLevelId())).thenComparing(sequence::get))
                    .map(e -> rank(e.ratingLevelId())).orElse(0);
            sum += themeRank;
            if (themeRank < required) {
                competency.indicators().stream()
                        .filter(i -> theme.id().equals(i.keyThemeId()) && rank(i.levelId()) == described)
                        .forEach(i -> gaps.add(i.id()));
            }
        }
        return (int) Math.floor((double) sum / competency.keyThemes().size());
    }

    private Polarity polarity(String indicatorId) {
        return indicators.get(indicatorId).polarity();
    }

    private int rank(String levelId) {
        return levelId == null ? 0 : framework.scale().level(levelId).orElseThrow().rank();
    }
}
