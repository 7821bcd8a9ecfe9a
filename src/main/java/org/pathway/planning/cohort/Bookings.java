package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookings of a plan in the making, with what they have spent: whether one more booking keeps every hard limit
 * (places, trainers, rooms, budget, attendees' clashes and weekly hours), and what it would cost.
 */
final class Bookings {

    private final long budget;
    /** By identity: a plan's sessions are one set of instances, and a record's hash walks all its fields. */
    private final Map<CohortSession, Integer> attendees = new IdentityHashMap<>();
    private final Map<String, List<CohortSession>> byEmployee = new HashMap<>();
    private long spent;

    Bookings(CohortBudget budget) {
        this.budget = budget.pounds();
    }

    /** The bookings {@code plan} holds now. */
    static Bookings of(CohortPlan plan) {
        Bookings bookings = new Bookings(plan.getBudget());
        plan.getNeeds().stream().filter(Need::isBooked).forEach(n -> bookings.book(n, n.getSession()));
        return bookings;
    }

    /** What booking one more person on {@code session} adds: its running cost too if nobody is on it yet. */
    long marginalCost(CohortSession session) {
        return (isRunning(session) ? 0 : session.sessionCost()) + session.costPerAttendee();
    }

    boolean isRunning(CohortSession session) {
        return attendees.containsKey(session);
    }

    int placesLeft(CohortSession session) {
        return session.capacity() - attendees.getOrDefault(session, 0);
    }

    long left() {
        return budget - spent;
    }

    /** Whether {@code need} can be booked on {@code session} within every hard limit. */
    boolean fits(Need need, CohortSession session) {
        return placesLeft(session) > 0 && marginalCost(session) <= left() && fitsTrainer(session)
                && fitsAttendee(need, session);
    }

    /** Whether a trainer-led session could run beside the running ones: its trainer and its room free that week. */
    boolean fitsTrainer(CohortSession session) {
        return !session.ledByTrainer() || isRunning(session) || attendees.keySet().stream()
                .noneMatch(other -> other.ledByTrainer() && other.slot().overlaps(session.slot())
                        && (other.facilitator().equals(session.facilitator())
                                || other.room().equals(session.room()) && !session.isOnline()));
    }

    /** Whether the need's employee has the time for {@code session}: no clash, no week over their hours. */
    boolean fitsAttendee(Need need, CohortSession session) {
        List<CohortSession> own = byEmployee.getOrDefault(need.getEmployeeId(), List.of());
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
            if (Math.round(hours * 10) > Math.round(need.getHoursPerWeekCap() * 10)) {
                return false;
            }
        }
        return true;
    }

    void book(Need need, CohortSession session) {
        spent += marginalCost(session);
        attendees.merge(session, 1, Integer::sum);
        byEmployee.computeIfAbsent(need.getEmployeeId(), e -> new ArrayList<>()).add(session);
    }

    /** Takes {@code need} off {@code session}; the session stops running (and costing) when nobody is left on it. */
    void cancel(Need need, CohortSession session) {
        spent -= session.costPerAttendee();
        if (attendees.merge(session, -1, Integer::sum) == 0) {
            attendees.remove(session);
            spent -= session.sessionCost();
        }
        byEmployee.get(need.getEmployeeId()).remove(session);
    }
}
