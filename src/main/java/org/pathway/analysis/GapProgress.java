package org.pathway.analysis;

import org.pathway.policy.Policy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;
import org.pathway.people.EvidenceSource;

/**
 * A gap's progress in words, from the analysis's own figures: how many behaviours the required level needs and how
 * many are shown, and for each behaviour still missing how much of the weight it needs its counting evidence carries
 * and what would complete it. The numbers are the policy's the analysis ran with, never repeated here.
 */
final class GapProgress {

    private final Framework framework;
    private final Analysis analysis;
    private final Policy policy;
    private final Set<String> demonstrated;
    private final Set<String> repeats;

    GapProgress(Framework framework, Analysis analysis) {
        this.framework = framework;
        this.analysis = analysis;
        this.policy = analysis.policy();
        this.demonstrated = analysis.demonstrated().stream().map(DemonstratedIndicator::indicatorId)
                .collect(Collectors.toSet());
        this.repeats = analysis.repeatedObservations().stream().map(RepeatedObservation::evidenceId)
                .collect(Collectors.toSet());
    }

    /**
     * The behaviours a gap's level needs against those shown ("Level 2 needs 4 of these 6 behaviours; you have shown
     * 2."); null for a met requirement or one rated by letter, where ratings rather than behaviours count.
     */
    String ofRequirement(Competency competency, RequirementResult result) {
        if (result.met()) {
            return null;
        }
        ScaleKind kind = framework.scale().kind();
        if (kind == ScaleKind.BEHAVIOURAL) {
            List<String> ids = competency.indicators().stream()
                    .filter(i -> i.polarity() == Polarity.EFFECTIVE).map(i -> i.id()).toList();
            return "It needs " + needed(policy.behaviouralShare(), ids.size()) + " of its " + ids.size()
                    + " behaviours; you have shown " + shown(ids) + ".";
        }
        if (kind != ScaleKind.ROLE_TIER && kind != ScaleKind.CUMULATIVE) {
            return null;
        }
        int required = result.requirement().requiredRank();
        int described = result.requirement().describedRank();
        return framework.levelsOf(competency).stream()
                .filter(l -> kind == ScaleKind.ROLE_TIER ? l.rank() == described
                        : l.rank() > result.attainedRank() && l.rank() <= required && l.described())
                .map(l -> levelProgress(competency, l))
                .filter(s -> s != null)
                .collect(Collectors.joining(" "));
    }

    private String levelProgress(Competency competency, Level level) {
        List<String> ids = competency.effectiveIndicatorsAt(level.id()).stream().map(i -> i.id()).toList();
        int needed = needed(policy.levelShare(), ids.size());
        long shown = shown(ids);
        if (ids.isEmpty() || shown >= needed) {
            return null;
        }
        return level.label() + " needs " + needed + " of these " + ids.size() + " behaviours; you have shown " + shown
                + ".";
    }

    /**
     * What one missing behaviour still needs: the weight its independent counting evidence carries against the
     * weight that demonstrates it, what would complete it, and any claims of it awaiting validation; null where
     * competencies are rated by letter and statements do not count.
     */
    String ofBehaviour(String indicatorId) {
        if (framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS) {
            return null;
        }
        double needed = policy.demonstrationWeight();
        double carried = analysis.countingEvidence().stream()
                .filter(c -> indicatorId.equals(c.indicatorId()) && !repeats.contains(c.evidence().evidenceId()))
                .mapToDouble(CountingEvidence::weight).sum();
        double self = policy.weightOf(EvidenceSource.SELF);
        StringBuilder words = new StringBuilder();
        if (carried <= 0) {
            words.append("Not shown yet: a manager's observation counts ").append(share(
                    policy.weightOf(EvidenceSource.MANAGER), needed)).append("; self-recorded evidence counts ")
                    .append(share(self, needed)).append(" once validated.");
        } else {
            long more = self <= 0 ? 0 : (long) Math.ceil((needed - carried) / self - 1e-9);
            words.append("Your counting evidence carries ").append(share(carried, needed))
                    .append(" of what it needs: this one needs ")
                    .append(more == 1 ? "one more validated observation" : more + " more validated observations")
                    .append(" (self-recorded evidence counts ").append(share(self, needed)).append(").");
        }
        long awaiting = analysis.discountedEvidence().stream()
                .filter(d -> indicatorId.equals(d.evidence().indicatorId()) && d.couldCount()).count();
        if (awaiting > 0) {
            words.append(awaiting == 1 ? " One record of it awaits validation or renewal."
                    : " " + awaiting + " records of it await validation or renewal.");
        }
        return words.toString();
    }

    private long shown(List<String> ids) {
        return ids.stream().filter(demonstrated::contains).count();
    }

    /** The fewest behaviours of {@code count} that reach {@code share}, as the rules compare them. */
    private static int needed(double share, int count) {
        return (int) Math.ceil(share * count - 1e-9);
    }

    private static String share(double weight, double whole) {
        double part = weight / whole;
        if (part >= 1 - 1e-9) {
            return "in full";
        }
        if (Math.abs(part - 0.5) < 1e-9) {
            return "half";
        }
        if (Math.abs(part - 0.25) < 1e-9) {
            return "a quarter";
        }
        if (Math.abs(part - 0.75) < 1e-9) {
            return "three quarters";
        }
        return Math.round(part * 100) + "%";
    }
}
