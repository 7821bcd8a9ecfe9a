package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a cohort plan's hard-constraint breaches from scratch, independently of the solver's score: places,
 * trainers leading or rooms holding two sessions at once, budget, attendees' clashes and weekly hours.
 */
public final class CohortChecker {

    private CohortChecker() {
    }

    public static List<String> breaches(CohortPlan plan) {
        List<String> breaches = new ArrayList<>();
        Map<CohortSession, Integer> attendees = new HashMap<>();
        Map<String, List<CohortSession>> byEmployee = new HashMap<>();
        Map<String, Double> capOf = new HashMap<>();
        for (Need need : plan.getNeeds()) {
            if (need.getSession() == null) {
                continue;
            }
            if (!need.getOptions().contains(need.getSession())) {
                breaches.add(need.getId() + ": booked on a session that does not close the need");
            }
            attendees.merge(need.getSession(), 1, Integer::sum);
            byEmployee.computeIfAbsent(need.getEmployeeId(), e -> new ArrayList<>()).add(need.getSession());
            capOf.put(need.getEmployeeId(), need.getHoursPerWeekCap());
        }
        long spent = 0;
        for (Map.Entry<CohortSession, Integer> running : attendees.entrySet()) {
            CohortSession session = running.getKey();
            spent += session.sessionCost() + running.getValue() * session.costPerAttendee();
            if (running.getValue() > session.capacity()) {
                breaches.add(session.id() + ": " + running.getValue() + " booked on " + session.capacity() + " places");
            }
        }
        if (spent > plan.getBudget().pounds()) {
            breaches.add("spent " + spent + " of " + plan.getBudget().pounds());
        }
        List<CohortSession> led = attendees.keySet().stream().filter(CohortSession::ledByTrainer).toList();
        for (int i = 0; i < led.size(); i++) {
            for (int j = i + 1; j < led.size(); j++) {
                if (led.get(i).facilitator().equals(led.get(j).facilitator()) && overlap(led.get(i), led.get(j))) {
                    breaches.add(led.get(i).facilitator() + " leads " + led.get(i).id() + " and " + led.get(j).id());
                }
                if (led.get(i).room().equals(led.get(j).room()) && !"Online".equals(led.get(i).room())
                        && overlap(led.get(i), led.get(j))) {
                    breaches.add(led.get(i).room() + " holds " + led.get(i).id() + " and " + led.get(j).id());
                }
            }
        }
        byEmployee.forEach((employee, sessions) -> {
            for (int i = 0; i < sessions.size(); i++) {
                for (int j = i + 1; j < sessions.size(); j++) {
                    if (sessions.get(i).slot().isShortEvent() && sessions.get(j).slot().isShortEvent()
                            && overlap(sessions.get(i), sessions.get(j))) {
                        breaches.add(employee + " booked on " + sessions.get(i).id() + " and " + sessions.get(j).id());
                    }
                }
            }
            for (int week = 0; week < plan.getWeeks().size(); week++) {
                double hours = 0;
                for (CohortSession s : sessions) {
                    if (week >= s.slot().startWeek() && week < s.slot().endWeek()) {
                        hours += s.slot().hoursPerWeek();
                    }
                }
                if (Math.round(hours * 10) > Math.round(capOf.get(employee) * 10)) {
                    breaches.add(employee + " has " + hours + " hours in week " + week);
                }
            }
        });
        return breaches;
    }

    private static boolean overlap(CohortSession a, CohortSession b) {
        return a.slot().startWeek() < b.slot().endWeek()
                && b.slot().startWeek() < a.slot().endWeek();
    }
}
