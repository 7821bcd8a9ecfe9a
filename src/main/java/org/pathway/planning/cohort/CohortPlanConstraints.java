package org.pathway.planning.cohort;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.pathway.planning.Week;

/** The rules of a good cohort plan: limits first, then needs met, then cheap, full sessions, fair to every unit. */
public class CohortPlanConstraints implements ConstraintProvider {

    /** Soft points per empty place below half a running session's capacity. */
    static final long PER_EMPTY_PLACE = 50;

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
                .penalize(HardMediumSoftLongScore.ONE_HARD, (session, attendees) -> attendees - session.capacity())
                .justifyWith((session, attendees, score) -> new CohortBreach.Overbooked(session, attendees))
                .asConstraint("Session capacity");
    }

    // Hard: a trainer cannot lead two sessions that run in the same week.
    Constraint facilitatorDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession)
                .join(factory.forEach(Need.class).groupBy(Need::getSession),
                        Joiners.equal(CohortSession::facilitator), Joiners.lessThan(CohortSession::id))
                .filter((a, b) -> a.ledByTrainer() && b.ledByTrainer() && a.slot().overlaps(b.slot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Facilitator double-booked");
    }

    // Hard: a room cannot hold two course days or workshops in the same week.
    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession)
                .join(factory.forEach(Need.class).groupBy(Need::getSession),
                        Joiners.equal(CohortSession::room), Joiners.lessThan(CohortSession::id))
                .filter((a, b) -> a.ledByTrainer() && b.ledByTrainer() && !a.isOnline() && a.slot().overlaps(b.slot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Room double-booked");
    }

    // Hard: running costs plus attendees' costs stay within the budget (excess in pounds).
    Constraint budget(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .groupBy(sumLong((session, attendees) -> session.sessionCost() + attendees * session.costPerAttendee()))
                .join(CohortBudget.class)
                .filter((spent, budget) -> spent > budget.pounds())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (spent, budget) -> spent - budget.pounds())
                .justifyWith((spent, budget, score) -> new CohortBreach.Overspent(spent, budget.pounds()))
                .asConstraint("Budget");
    }

    // Hard: nobody is booked on two course days or workshops in the same week.
    Constraint attendeeClash(ConstraintFactory factory) {
        return factory.forEachUniquePair(Need.class, Joiners.equal(Need::getEmployeeId))
                .filter((a, b) -> a.getSession().slot().isShortEvent()
                        && b.getSession().slot().isShortEvent() && a.getSession().slot().overlaps(b.getSession().slot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Attendee clash");
    }

    // Hard: nobody's development hours in a week exceed their cap (excess in tenths of an hour).
    Constraint attendeeWeeklyHours(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .join(Week.class, Joiners.filtering((n, w) -> n.getSession().slot().runsIn(w.index())))
                .groupBy((n, w) -> n.getEmployeeId(), (n, w) -> w,
                        sumLong((n, w) -> Math.round(n.getSession().slot().hoursPerWeek() * 10)),
                        max((Need n, Week w) -> Math.round(n.getHoursPerWeekCap() * 10)))
                .filter((employee, week, load, cap) -> load > cap)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (employee, week, load, cap) -> load - cap)
                .justifyWith((employee, week, load, cap, score) -> new CohortBreach.OverHours(employee, week.index(), load,
                        cap))
                .asConstraint("Attendee weekly hours");
    }

    // Medium: every need left unmet costs its value (weight x gap x 1000).
    Constraint needUnmet(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Need.class).filter(n -> !n.isBooked())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Need::getValue)
                .asConstraint("Need unmet");
    }

    // Soft: every pound spent, on running sessions and on attendees.
    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (session, attendees) -> session.sessionCost() + attendees * session.costPerAttendee())
                .asConstraint("Cost");
    }

    // Soft: a running session less than half full wastes places: each empty place below half counts.
    Constraint halfEmptySession(ConstraintFactory factory) {
        return factory.forEach(Need.class)
                .groupBy(Need::getSession, count())
                .filter((session, attendees) -> attendees * 2 < session.capacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (session, attendees) -> (session.capacity() / 2 - attendees) * PER_EMPTY_PLACE)
                .asConstraint("Half-empty session");
    }

    // Soft: unmet needs spread across units rather than piled on one (the square of each unit's unmet value).
    Constraint fairnessAcrossUnits(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Need.class).filter(n -> !n.isBooked())
                .groupBy(Need::getUnit, sumLong(Need::getValue))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (unit, unmet) -> unmet / 100 * (unmet / 100) / 100)
                .asConstraint("Fairness across units");
    }
}
