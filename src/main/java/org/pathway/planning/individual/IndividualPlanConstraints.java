package org.pathway.planning.individual;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.Week;

/**
 * The rules of a good individual development plan: limits first, then gaps closed, then soon, cheap and even. What a
 * match weighs is in the plan's {@link IndividualWeights}.
 */
public class IndividualPlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sessionFull(factory),
            shortEventsClash(factory),
            weeklyHoursCap(factory),
            budgetCap(factory),
            prerequisiteFirst(factory),
            insideHorizon(factory),
            gapLeftOpen(factory),
            gapWithNoOption(factory),
            earlierReadiness(factory),
            lowerCost(factory),
            evenWeeklyLoad(factory)
        };
    }

    // Hard: a session with no places left cannot be booked.
    Constraint sessionFull(ConstraintFactory factory) {
        return factory.forEach(PlannedActivity.class)
                .filter(a -> a.getSession().placesLeft() < 1)
                .penalizeConfigurable()
                .asConstraint("Session full");
    }

    // Hard: two short, fixed-date events (course days, workshops) may not share a week.
    Constraint shortEventsClash(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedActivity.class, Joiners.overlapping(
                        (PlannedActivity a) -> a.getSession().startWeek(), a -> a.getSession().endWeek()))
                .filter((a, b) -> a.getSession().isShortEvent() && b.getSession().isShortEvent())
                .penalizeConfigurable()
                .asConstraint("Events clash");
    }

    // Hard: development hours in any week stay within the weekly cap (excess counted in tenths of an hour).
    Constraint weeklyHoursCap(ConstraintFactory factory) {
        return forEachWeekOfEach(factory)
                .groupBy((w, a) -> w, sumLong((w, a) -> tenths(a.getSession().hoursPerWeek())))
                .join(PlanLimits.class)
                .filter((w, load, limits) -> load > tenths(limits.hoursPerWeek()))
                .penalizeConfigurableLong((w, load, limits) -> load - tenths(limits.hoursPerWeek()))
                .asConstraint("Weekly hours cap");
    }

    // Hard: the plan's total cost stays within the budget (excess in pounds).
    Constraint budgetCap(ConstraintFactory factory) {
        return factory.forEach(PlannedActivity.class)
                .groupBy(sumLong(PlannedActivity::getCost))
                .join(PlanLimits.class)
                .filter((cost, limits) -> cost > limits.budget())
                .penalizeConfigurableLong((cost, limits) -> cost - limits.budget())
                .asConstraint("Budget cap");
    }

    // Hard: an activity with a prerequisite starts only after the prerequisite, planned too, has ended.
    Constraint prerequisiteFirst(ConstraintFactory factory) {
        return factory.forEach(Prerequisite.class)
                .join(PlannedActivity.class, Joiners.equal(Prerequisite::activityId, PlannedActivity::getActivityId))
                .ifNotExists(PlannedActivity.class,
                        Joiners.equal((p, a) -> p.requiredActivityId(), PlannedActivity::getActivityId),
                        Joiners.greaterThanOrEqual((p, a) -> a.getSession().startWeek(),
                                (PlannedActivity required) -> required.getSession().endWeek()))
                .penalizeConfigurable()
                .asConstraint("Prerequisite first");
    }

    // Hard: every planned session ends within the horizon.
    Constraint insideHorizon(ConstraintFactory factory) {
        return factory.forEach(PlannedActivity.class)
                .join(PlanLimits.class)
                .filter((a, limits) -> a.getSession().startWeek() < 0 || a.getSession().endWeek() > limits.horizonWeeks())
                .penalizeConfigurable()
                .asConstraint("Inside horizon");
    }

    // Medium: every gap the planned activities' evidence does not close costs its value (weight x gap): essential
    // gaps first. The evidence of every activity planned for the competency adds up, behaviour by behaviour.
    Constraint gapLeftOpen(ConstraintFactory factory) {
        return factory.forEach(PlanGap.class)
                .join(factory.forEachIncludingNullVars(PlannedActivity.class),
                        Joiners.equal(PlanGap::competencyId, PlannedActivity::getCompetencyId))
                .groupBy((gap, activity) -> gap, toList((gap, activity) -> activity))
                .filter((gap, activities) -> !gap.need().closedBy(PlannedActivity.evidenceOf(activities)))
                .penalizeConfigurableLong((gap, activities) -> gap.value())
                .asConstraint("Gap left open");
    }

    // Medium: a gap no candidate activity develops stays open whatever the plan; it counts all the same.
    Constraint gapWithNoOption(ConstraintFactory factory) {
        return factory.forEach(PlanGap.class)
                .ifNotExistsIncludingNullVars(PlannedActivity.class,
                        Joiners.equal(PlanGap::competencyId, PlannedActivity::getCompetencyId))
                .penalizeConfigurableLong(PlanGap::value)
                .asConstraint("Gap with no option");
    }

    // Soft: the sooner the last planned activity ends, the sooner the employee can be ready; each week is worth the
    // policy's pounds, so that it weighs against the cost in the same currency.
    Constraint earlierReadiness(ConstraintFactory factory) {
        return factory.forEach(PlannedActivity.class)
                .groupBy(max((PlannedActivity a) -> a.getSession().endWeek()))
                .join(WeekOfReadiness.class)
                .penalizeConfigurableLong((last, week) -> last * week.pounds())
                .asConstraint("Earlier readiness");
    }

    // Soft: every pound spent counts against the plan.
    Constraint lowerCost(ConstraintFactory factory) {
        return factory.forEach(PlannedActivity.class)
                .penalizeConfigurableLong(PlannedActivity::getCost)
                .asConstraint("Lower cost");
    }

    // Soft: the square of each week's hours, so that the same hours spread evenly score better than bunched.
    Constraint evenWeeklyLoad(ConstraintFactory factory) {
        return forEachWeekOfEach(factory)
                .groupBy((w, a) -> w, sumLong((w, a) -> tenths(a.getSession().hoursPerWeek())))
                .penalizeConfigurableLong((w, load) -> load * load / 100)
                .asConstraint("Even weekly load");
    }

    /** Each week of the plan with each activity planned in it: a join on overlapping weeks, not every pair. */
    private static BiConstraintStream<Week, PlannedActivity> forEachWeekOfEach(ConstraintFactory factory) {
        return factory.forEach(Week.class).join(PlannedActivity.class, Joiners.overlapping(Week::index,
                w -> w.index() + 1, a -> a.getSession().startWeek(), a -> a.getSession().endWeek()));
    }

    static long tenths(double hours) {
        return Math.round(hours * 10);
    }
}
