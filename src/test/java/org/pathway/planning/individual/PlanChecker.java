package org.pathway.planning.individual;

import java.util.ArrayList;
import java.util.List;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.SessionSlot;

/**
 * Checks an individual plan's hard limits independently of the solver's score: places, clashes, weekly hours,
 * budget, prerequisites and horizon. Returns the breaches in words; none means the plan is feasible.
 */
final class PlanChecker {

    private PlanChecker() {
    }

    static List<String> breaches(IndividualPlan plan) {
        List<String> breaches = new ArrayList<>();
        List<PlannedActivity> planned = plan.getActivities().stream().filter(a -> a.getSession() != null).toList();
        long cost = 0;
        for (PlannedActivity a : planned) {
            SessionSlot s = a.getSession();
            cost += a.getCost();
            if (s.placesLeft() < 1) {
                breaches.add(a.getActivityId() + ": session full");
            }
            if (s.startWeek() < 0 || s.endWeek() > plan.getLimits().horizonWeeks()) {
                breaches.add(a.getActivityId() + ": outside the horizon");
            }
            if (!a.getSessionRange().contains(s)) {
                breaches.add(a.getActivityId() + ": a session of another activity");
            }
        }
        if (cost > plan.getLimits().budget()) {
            breaches.add("cost " + cost + " over budget " + plan.getLimits().budget());
        }
        for (int i = 0; i < planned.size(); i++) {
            for (int j = i + 1; j < planned.size(); j++) {
                SessionSlot a = planned.get(i).getSession();
                SessionSlot b = planned.get(j).getSession();
                if (a.isShortEvent() && b.isShortEvent() && a.startWeek() < b.endWeek()
                        && b.startWeek() < a.endWeek()) {
                    breaches.add("clash: " + a.id() + " and " + b.id());
                }
            }
        }
        for (int week = 0; week < plan.getLimits().horizonWeeks() + 60; week++) {
            double hours = 0;
            for (PlannedActivity a : planned) {
                SessionSlot s = a.getSession();
                if (week >= s.startWeek() && week < s.endWeek()) {
                    hours += s.hoursPerWeek();
                }
            }
            if (Math.round(hours * 10) > Math.round(plan.getLimits().hoursPerWeek() * 10)) {
                breaches.add("week " + week + ": " + hours + " hours");
            }
        }
        for (Prerequisite p : plan.getPrerequisites()) {
            planned.stream().filter(a -> a.getActivityId().equals(p.activityId())).findFirst().ifPresent(a -> {
                boolean done = planned.stream().anyMatch(r -> r.getActivityId().equals(p.requiredActivityId())
                        && r.getSession().endWeek() <= a.getSession().startWeek());
                if (!done) {
                    breaches.add(a.getActivityId() + ": before its prerequisite " + p.requiredActivityId());
                }
            });
        }
        return breaches;
    }
}
