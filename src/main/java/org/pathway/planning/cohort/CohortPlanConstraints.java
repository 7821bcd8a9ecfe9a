package org.pathway.planning.cohort;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiJoiner;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.pathway.planning.Week;

/**
 * The rules of a good cohort plan: limits first, then needs met, then cheap, full sessions, fair to every unit. What
 * a match weighs is in the plan's {@link CohortWeights}; hard breaches say what was broken ({@link CohortBreach}).
 */
public class CohortPlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sessionCapacity(factory),
            facilitatorDoubleBooked(factory),
            roomDoubleBooked(factory),
            budget(factory),
            attendeeClash(factory),
            attendeeWeeklyHours(factory),
            needUnmet(factory),
            cost(factory),
            halfEmptySession(factory),
            fairnessAcrossUnits(factory)
        };
    }

    // Hard: no session takes more attendees than its places.
    Constraint sessionCapacity(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .filter((session, attendees) -> attendees > session.capacity())
                .penalizeConfigurable((session, attendees) -> attendees - session.capacity())
                .justifyWith((session, attendees, score) -> new CohortBreach.Overbooked(session, attendees))
                .asConstraint("Session capacity");
    }

    // Hard: a trainer cannot lead two sessions that run in the same week.
    Constraint facilitatorDoubleBooked(ConstraintFactory factory) {
        return runningLedByTrainer(factory)
                .join(runningLedByTrainer(factory), Joiners.equal(CohortSession::facilitator),
                        Joiners.lessThan(CohortSession::id), sameWeeks())
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new CohortBreach.DoubleBooked(a.facilitator(), a, b))
                .asConstraint("Facilitator double-booked");
    }

    // Hard: a room cannot hold two course days or workshops in the same week.
    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return runningLedByTrainer(factory).filter(session -> !session.isOnline())
                .join(runningLedByTrainer(factory), Joiners.equal(CohortSession::room),
                        Joiners.lessThan(CohortSession::id), sameWeeks())
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new CohortBreach.DoubleBooked(a.room(), a, b))
                .asConstraint("Room double-booked");
    }

    // Hard: running costs plus attendees' costs stay within the budget (excess in pounds).
    Constraint budget(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .groupBy(sumLong((session, attendees) -> session.sessionCost() + attendees * session.costPerAttendee()))
                .join(CohortBudget.class)
                .filter((spent, budget) -> spent > budget.pounds())
                .penalizeConfigurableLong((spent, budget) -> spent - budget.pounds())
                .justifyWith((spent, budget, score) -> new CohortBreach.Overspent(spent, budget.pounds()))
                .asConstraint("Budget");
    }

    // Hard: nobody is booked on two course days or workshops in the same week.
    Constraint attendeeClash(ConstraintFactory factory) {
        return factory.forEachUniquePair(Need.class, Joiners.equal(Need::getEmployeeId),
                        Joiners.overlapping(n -> n.getSession().slot().startWeek(), n -> n.getSession().slot().endWeek()))
                .filter((a, b) -> a.getSession().slot().isShortEvent() && b.getSession().slot().isShortEvent())
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new CohortBreach.Clash(a.getEmployeeId(), a.getSession(), b.getSession()))
                .asConstraint("Attendee clash");
    }

    // Hard: nobody's development hours in a week exceed their cap (excess in tenths of an hour).
    Constraint attendeeWeeklyHours(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .join(Week.class, Joiners.overlapping(n -> n.getSession().slot().startWeek(),
                        n -> n.getSession().slot().endWeek(), Week::index, w -> w.index() + 1))
                .groupBy((n, w) -> n.getEmployeeId(), (n, w) -> w,
                        sumLong((n, w) -> Math.round(n.getSession().slot().hoursPerWeek() * 10)),
                        max((Need n, Week w) -> Math.round(n.getHoursPerWeekCap() * 10)))
                .filter((employee, week, load, cap) -> load > cap)
                .penalizeConfigurableLong((employee, week, load, cap) -> load - cap)
                .justifyWith((employee, week, load, cap, score) -> new CohortBreach.OverHours(employee, week.index(), load,
                        cap))
                .asConstraint("Attendee weekly hours");
    }

    /** The sessions that run (someone is booked on them) and need a trainer in person, each once. */
    private static UniConstraintStream<CohortSession> runningLedByTrainer(ConstraintFactory factory) {
        return factory.forEach(Need.class).groupBy(Need::getSession).filter(CohortSession::ledByTrainer);
    }

    /** Two sessions that run in a common week. */
    private static BiJoiner<CohortSession, CohortSession> sameWeeks() {
        return Joiners.overlapping(s -> s.slot().startWeek(), s -> s.slot().endWeek());
    }

    // Medium: every need left unmet costs its value (weight x gap x 1000).
    Constraint needUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Need.class).filter(n -> !n.isBooked())
                .penalizeConfigurableLong(Need::getValue)
                .asConstraint("Need unmet");
    }

    // Soft: every pound spent, on running sessions and on attendees.
    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .penalizeConfigurableLong((session, attendees) -> session.sessionCost() + attendees * session.costPerAttendee())
                .asConstraint("Cost");
    }

    // Soft: a running session less than half full wastes places: each empty place below half counts.
    Constraint halfEmptySession(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .filter((session, attendees) -> attendees * 2 < session.capacity())
                .penalizeConfigurableLong((session, attendees) -> session.capacity() / 2 - attendees)
                .asConstraint("Half-empty session");
    }

    // Soft: unmet needs spread across units rather than piled on one (the square of each unit's unmet value).
    Constraint fairnessAcrossUnits(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Need.class).filter(n -> !n.isBooked())
                .groupBy(Need::getUnit, sumLong(Need::getValue))
                .penalizeConfigurableLong((unit, unmet) -> unmet / 100 * (unmet / 100) / 100)
                .asConstraint("Fairness across units");
    }
}
