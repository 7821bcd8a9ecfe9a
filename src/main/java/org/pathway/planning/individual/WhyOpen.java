package org.pathway.planning.individual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.pathway.planning.PlanGap;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.SessionSlot;

/**
 * Why a gap stays open, found by trying the alternative: the smallest sets of the gap's unplanned activities that
 * would close it are booked, with their prerequisites, on their best sessions in a copy of the plan, and the limits
 * the best attempt breaks are the reason. Only a gap no activity develops, or that not even all of them together
 * close, is explained without trying.
 */
final class WhyOpen {

    /** The most alternatives tried for one gap. */
    private static final int MOST_ATTEMPTS = 24;

    private final SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores;

    WhyOpen(SolutionManager<IndividualPlan, HardMediumSoftLongScore> scores) {
        this.scores = scores;
    }

    /** One alternative: the activities booked, and the hard constraints it breaks that the plan kept. */
    private record Attempt(List<PlannedActivity> booked, Map<String, Long> breaks) {

        long loss() {
            return breaks.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean betterThan(Attempt other) {
            return breaks.size() != other.breaks.size() ? breaks.size() < other.breaks.size() : loss() < other.loss();
        }
    }

    String reason(IndividualPlan solved, PlanGap gap) {
        List<PlannedActivity> options = solved.getActivities().stream()
                .filter(a -> a.getCompetencyId().equals(gap.competencyId())).toList();
        if (options.isEmpty()) {
            return "no activity in the catalogue develops " + gap.competency() + " to " + gap.requiredLevel()
                    + " with a session after the plan starts (activities at a more senior level are not proposed:"
                    + " they ask more than this gap needs)";
        }
        Map<String, Double> all = PlannedActivity.evidenceIfAllDone(options.stream());
        if (!gap.need().closedBy(all)) {
            return "evidence: all of " + titles(options) + " together would leave "
                    + String.join("; ", gap.need().unmetWith(all))
                    + ": the rest needs evidence from work, such as the manager's observation";
        }
        Attempt best = null;
        for (List<PlannedActivity> alternative : smallestClosingSets(options, gap)) {
            Attempt attempt = attempt(solved, alternative);
            if (best == null || attempt.betterThan(best)) {
                best = attempt;
            }
        }
        if (best.breaks().isEmpty()) {
            return "search time: " + titles(best.booked()) + " would fit within every limit; a longer search may close it";
        }
        List<String> reasons = new ArrayList<>();
        for (String limit : best.breaks().keySet()) {
            reasons.add(words(limit, best, solved));
        }
        return String.join("; and ", reasons);
    }

    private static String words(String limit, Attempt attempt, IndividualPlan plan) {
        String titles = titles(attempt.booked());
        return switch (limit) {
            case "Budget cap" -> {
                long spent = plan.getActivities().stream().filter(PlannedActivity::isScheduled)
                        .mapToLong(PlannedActivity::getCost).sum();
                long cost = attempt.booked().stream().mapToLong(PlannedActivity::getCost).sum();
                yield "budget: " + titles + " would cost £" + cost + " and £" + Math.max(0, plan.getLimits().budget()
                        - spent) + " is left";
            }
            case "Weekly hours cap" -> "weekly hours: every session of " + titles + " would take a week past "
                    + plan.getLimits().hoursPerWeek() + " hours alongside the rest of the plan";
            case "Session full" -> "capacity: the sessions of " + titles + " that would fit are full";
            case "Inside horizon" -> "horizon: no session of " + titles + " that would fit ends within "
                    + plan.getLimits().horizonWeeks() + " weeks";
            case "Events clash" -> "clashes: a course day or workshop of " + titles
                    + " would share a week with another";
            case "Prerequisite first" -> "prerequisites: no session of " + titles
                    + " starts after its prerequisite ends";
            default -> limit;
        };
    }

    /** The smallest sets of unplanned options whose evidence, with the planned activities', closes the gap. */
    private static List<List<PlannedActivity>> smallestClosingSets(List<PlannedActivity> options, PlanGap gap) {
        List<PlannedActivity> planned = options.stream().filter(PlannedActivity::isScheduled).toList();
        List<PlannedActivity> unplanned = options.stream().filter(a -> !a.isScheduled()).toList();
        for (int size = 1; size <= unplanned.size(); size++) {
            List<List<PlannedActivity>> closing = new ArrayList<>();
            for (List<PlannedActivity> set : subsets(unplanned, size)) {
                if (gap.need().closedBy(PlannedActivity.evidenceIfAllDone(Stream.concat(planned.stream(), set.stream())))) {
                    closing.add(set);
                }
                if (closing.size() == MOST_ATTEMPTS) {
                    return closing;
                }
            }
            if (!closing.isEmpty()) {
                return closing;
            }
        }
        return List.of();
    }

    private static List<List<PlannedActivity>> subsets(List<PlannedActivity> from, int size) {
        if (size == 0) {
            return List.of(List.of());
        }
        List<List<PlannedActivity>> subsets = new ArrayList<>();
        for (int i = 0; i <= from.size() - size; i++) {
            for (List<PlannedActivity> rest : subsets(from.subList(i + 1, from.size()), size - 1)) {
                List<PlannedActivity> subset = new ArrayList<>(rest);
                subset.add(0, from.get(i));
                subsets.add(subset);
            }
        }
        return subsets;
    }

    /** Books the set, prerequisites first, each on the session that breaks the least, in a copy of the plan. */
    private Attempt attempt(IndividualPlan solved, List<PlannedActivity> set) {
        IndividualPlan trial = solved.copy();
        Map<String, Long> kept = hardBreaches(trial);
        Map<String, PlannedActivity> byId = new LinkedHashMap<>();
        trial.getActivities().forEach(a -> byId.put(a.getActivityId(), a));
        Set<PlannedActivity> toBook = new LinkedHashSet<>();
        set.forEach(a -> withPrerequisites(byId.get(a.getActivityId()), trial.getPrerequisites(), byId, toBook));
        for (PlannedActivity activity : toBook) {
            SessionSlot best = null;
            long bestHard = Long.MIN_VALUE;
            for (SessionSlot session : activity.getSessionRange()) {
                activity.setSession(session);
                long hard = scores.update(trial).hardScore();
                if (hard > bestHard) {
                    best = session;
                    bestHard = hard;
                }
            }
            activity.setSession(best);
        }
        Map<String, Long> breaks = new LinkedHashMap<>();
        hardBreaches(trial).forEach((limit, loss) -> {
            if (loss > kept.getOrDefault(limit, 0L)) {
                breaks.put(limit, loss - kept.getOrDefault(limit, 0L));
            }
        });
        return new Attempt(List.copyOf(toBook), breaks);
    }

    private static void withPrerequisites(PlannedActivity activity, List<Prerequisite> prerequisites,
            Map<String, PlannedActivity> byId, Set<PlannedActivity> toBook) {
        for (Prerequisite prerequisite : prerequisites) {
            PlannedActivity required = byId.get(prerequisite.requiredActivityId());
            if (prerequisite.activityId().equals(activity.getActivityId()) && required != null
                    && !required.isScheduled() && !toBook.contains(required)) {
                withPrerequisites(required, prerequisites, byId, toBook);
            }
        }
        toBook.add(activity);
    }

    /** Each hard constraint the plan breaks, with how much it loses. */
    private Map<String, Long> hardBreaches(IndividualPlan plan) {
        Map<String, Long> breaches = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : scores.explain(plan).getConstraintMatchTotalMap()
                .values()) {
            if (total.getScore().hardScore() < 0) {
                breaches.put(total.getConstraintName(), -total.getScore().hardScore());
            }
        }
        return breaches;
    }

    private static String titles(List<PlannedActivity> activities) {
        return String.join(", ", new TreeSet<>(activities.stream().map(PlannedActivity::getTitle).toList()));
    }
}
