package org.pathway.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;

/**
 * Training needs analysis over a workforce's findings: per competency and required level, who falls short for their
 * current role and for the role above, weighted by how essential the requirement is; ranked, and by unit.
 */
public final class TrainingNeedsAnalysis {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public TrainingNeedsAnalysis(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    private record Key(String frameworkId, String unit, String competencyId, int requiredRank) {
    }

    /** Running counts for one key. */
    private static final class Tally {
        int shortCurrent;
        int essentialCurrent;
        int shortNext;
        int essentialNext;
        double need;
    }

    public TrainingNeedsReport analyse(List<EmployeeFindings> workforce, UnitScope scope, UnitLevel breakdown) {
        Map<Key, Tally> ranked = new HashMap<>();
        Map<Key, Tally> byUnit = new HashMap<>();
        int people = 0;
        for (EmployeeFindings person : workforce) {
            if (!scope.contains(person.unit())) {
                continue;
            }
            people++;
            String unit = breakdown.nameOf(person.unit());
            person.finding(person.currentRoleId()).ifPresent(current -> current.gaps().forEach(gap -> {
                count(ranked, new Key(person.frameworkId(), "", gap.competencyId(), gap.requiredRank()), gap, true);
                count(byUnit, new Key(person.frameworkId(), unit, gap.competencyId(), gap.requiredRank()), gap, true);
            }));
            nextRoleGaps(person).values().forEach(gap -> {
                count(ranked, new Key(person.frameworkId(), "", gap.competencyId(), gap.requiredRank()), gap, false);
                count(byUnit, new Key(person.frameworkId(), unit, gap.competencyId(), gap.requiredRank()), gap, false);
            });
        }
        return new TrainingNeedsReport(scope.toString(), people, breakdown.name().toLowerCase(), rows(ranked),
                rows(byUnit), EmployeeFindings.versionsOf(workforce));
    }

    /**
     * The person's gaps for the roles directly above their own, one per competency and level: where two next roles
     * share a gap, the person counts once, as essential if either role holds it essential.
     */
    private Map<String, EmployeeFindings.GapFinding> nextRoleGaps(EmployeeFindings person) {
        Map<String, EmployeeFindings.GapFinding> gaps = new HashMap<>();
        for (String next : roles.get(person.frameworkId(), person.currentRoleId()).nextRoleIds()) {
            person.finding(next).ifPresent(finding -> finding.gaps().forEach(gap -> gaps.merge(
                    gap.competencyId() + "@" + gap.requiredRank(), gap,
                    (a, b) -> a.essential() || !b.essential() ? a : b)));
        }
        return gaps;
    }

    private static void count(Map<Key, Tally> tallies, Key key, EmployeeFindings.GapFinding gap, boolean current) {
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
        if (current) {
            tally.shortCurrent++;
            tally.essentialCurrent += gap.essential() ? 1 : 0;
        } else {
            tally.shortNext++;
            tally.essentialNext += gap.essential() ? 1 : 0;
        }
        tally.need += gap.weight();
    }

    private List<TrainingNeed> rows(Map<Key, Tally> tallies) {
        List<TrainingNeed> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            Framework framework = frameworks.get(key.frameworkId());
            String competency = framework.competency(key.competencyId()).map(Competency::name).orElse(key.competencyId());
            String level = key.requiredRank() == 0 ? "behaviours (no levels)" : framework.levelLabel(key.requiredRank());
            rows.add(new TrainingNeed(key.frameworkId(), key.unit(), key.competencyId(), competency, key.requiredRank(),
                    level, tally.shortCurrent, tally.essentialCurrent, tally.shortNext, tally.essentialNext, tally.need));
        });
        rows.sort(Comparator.comparing(TrainingNeed::unit)
                .thenComparing(Comparator.comparingDouble(TrainingNeed::need).reversed())
                .thenComparing(TrainingNeed::frameworkId).thenComparing(TrainingNeed::competencyId)
                .thenComparingInt(TrainingNeed::requiredRank));
        return List.copyOf(rows);
    }
}
