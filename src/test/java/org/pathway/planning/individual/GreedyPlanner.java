package org.pathway.planning.individual;

import java.util.Comparator;
import java.util.List;
import org.pathway.planning.PlanGap;
import org.pathway.planning.SessionSlot;

/**
 * The baseline a planner without a solver would use: take the gaps most valuable first and, for each still open,
 * book the cheapest, earliest-ending session of an activity that closes it and keeps the plan within its limits.
 */
final class GreedyPlanner {

    private GreedyPlanner() {
    }

    static IndividualPlan plan(IndividualPlan plan) {
        plan.getActivities().forEach(a -> a.setSession(null));
        List<PlanGap> gaps = plan.getGaps().stream().sorted(Comparator.comparingLong(PlanGap::value).reversed()).toList();
        for (PlanGap gap : gaps) {
            if (gap.need().closedBy(PlannedActivity.evidenceOf(plan.getActivities()))) {
                continue;
            }
            record Option(PlannedActivity activity, SessionSlot session) {
            }
            List<Option> options = plan.getActivities().stream()
                    .filter(a -> !a.isScheduled() && a.getCompetencyId().equals(gap.competencyId()))
                    .flatMap(a -> a.getSessionRange().stream().map(s -> new Option(a, s)))
                    .sorted(Comparator.comparingLong((Option o) -> o.activity().getCost())
                            .thenComparingInt(o -> o.session().endWeek()))
                    .toList();
            for (Option option : options) {
                option.activity().setSession(option.session());
                if (PlanChecker.breaches(plan).isEmpty()) {
                    break;
                }
                option.activity().setSession(null);
            }
        }
        return plan;
    }
}
