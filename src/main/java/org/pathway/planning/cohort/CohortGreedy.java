package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan an L&D team would make without a solver: needs most valuable first; book each on a session already
 * running if it has room, else the cheapest session to open; skip it if nothing fits the limits. It is the baseline
 * the solver is measured against, and the solver's starting point.
 */
public final class CohortGreedy {

    private CohortGreedy() {
    }

    public static CohortPlan plan(CohortPlan plan) {
        plan.getNeeds().forEach(n -> n.setSession(null));
        Map<CohortSession, Integer> attendees = new HashMap<>();
        Map<String, List<CohortSession>> byEmployee = new HashMap<>();
        long[] spent = {0};
        List<Need> needs = plan.getNeeds().stream().sorted(Comparator.comparingLong(Need::getValue).reversed()).toList();
        for (Need need : needs) {
            List<CohortSession> options = need.getOptions().stream()
                    .sorted(Comparator.comparingLong((CohortSession s) -> marginalCost(s, attendees))
                            .thenComparingInt(s -> s.slot().endWeek()))
                    .toList();
            for (CohortSession session : options) {
                long cost = marginalCost(session, attendees);
                List<CohortSession> own = byEmployee.getOrDefault(need.getEmployeeId(), List.of());
                if (attendees.getOrDefault(session, 0) < session.capacity() && spent[0] + cost <= plan.getBudget().pounds()
                        && fitsTrainer(session, attendees) && fitsAttendee(session, own, need.getHoursPerWeekCap())) {
                    need.setSession(session);
                    attendees.merge(session, 1, Integer::sum);
                    byEmployee.computeIfAbsent(need.getEmployeeId(), e -> new ArrayList<>()).add(session);
                    spent[0] += cost;
                    break;
                }
            }
        }
        return plan;
    }

    private static long marginalCost(CohortSession session, Map<CohortSession, Integer> attendees) {
        return (attendees.containsKey(session) ? 0 : session.sessionCost()) + session.costPerAttendee();
    }

    private static boolean fitsTrainer(CohortSession session, Map<CohortSession, Integer> attendees) {
        return !session.ledByTrainer() || attendees.containsKey(session) || attendees.keySet().stream()
                .noneMatch(other -> other.ledByTrainer() && other.slot().overlaps(session.slot())
                        && (other.facilitator().equals(session.facilitator())
                                || other.room().equals(session.room()) && !session.isOnline()));
    }

    private static boolean fitsAttendee(CohortSession session, List<CohortSession> own, double cap) {
        for (CohortSession other : own) {
            if (other.slot().isShortEvent() && session.slot().isShortEvent() && other.slot().overlaps(session.slot())) {
                return false;
            }
        }
        for (int week = session.slot().startWeek(); week < session.slot().endWeek(); week++) {
            double hours = session.slot().hoursPerWeek();
            for (CohortSession other : own) {
                if (other.slot().runsIn(week)) {
                    hours += other.slot().hoursPerWeek();
                }
            }
            if (Math.round(hours * 10) > Math.round(cap * 10)) {
                return false;
            }
        }
        return true;
    }
}
