package org.pathway.planning.individual;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What each match of an individual plan's constraints weighs (see {@link IndividualPlanConstraints}): hard limits one
 * point a unit of excess, gaps left open their value, pounds (and weeks, at the policy's pounds a week) one soft point
 * each, a week's load squared (in tenths of an hour, over 100) one soft point. A weight of zero switches a constraint
 * off.
 */
@ConstraintConfiguration
public class IndividualWeights {

    @ConstraintWeight("Session full")
    private HardMediumSoftLongScore sessionFull = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Events clash")
    private HardMediumSoftLongScore eventsClash = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Weekly hours cap")
    private HardMediumSoftLongScore weeklyHoursCap = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Budget cap")
    private HardMediumSoftLongScore budgetCap = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Prerequisite first")
    private HardMediumSoftLongScore prerequisiteFirst = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Inside horizon")
    private HardMediumSoftLongScore insideHorizon = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Gap left open")
    private HardMediumSoftLongScore gapLeftOpen = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight("Gap with no option")
    private HardMediumSoftLongScore gapWithNoOption = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight("Earlier readiness")
    private HardMediumSoftLongScore earlierReadiness = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight("Lower cost")
    private HardMediumSoftLongScore lowerCost = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight("Even weekly load")
    private HardMediumSoftLongScore evenWeeklyLoad = HardMediumSoftLongScore.ONE_SOFT;
}
