package org.pathway.planning.cohort;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What each match of a cohort plan's constraints weighs (see {@link CohortPlanConstraints}): hard limits one point a
 * unit of excess, needs unmet their value, pounds one soft point each, an empty place below half a session's
 * capacity {@link #PER_EMPTY_PLACE} soft points. A plan carries its weights, so that a council could weigh them
 * otherwise; a weight of zero switches a constraint off.
 */
@ConstraintConfiguration
public class CohortWeights {

    /** Soft points per empty place below half a running session's capacity. */
    static final long PER_EMPTY_PLACE = 50;

    @ConstraintWeight("Session capacity")
    private HardMediumSoftLongScore sessionCapacity = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Facilitator double-booked")
    private HardMediumSoftLongScore facilitatorDoubleBooked = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Room double-booked")
    private HardMediumSoftLongScore roomDoubleBooked = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Budget")
    private HardMediumSoftLongScore budget = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Attendee clash")
    private HardMediumSoftLongScore attendeeClash = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Attendee weekly hours")
    private HardMediumSoftLongScore attendeeWeeklyHours = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Need unmet")
    private HardMediumSoftLongScore needUnmet = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight("Cost")
    private HardMediumSoftLongScore cost = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight("Half-empty session")
    private HardMediumSoftLongScore halfEmptySession = HardMediumSoftLongScore.ofSoft(PER_EMPTY_PLACE);
    @ConstraintWeight("Fairness across units")
    private HardMediumSoftLongScore fairnessAcrossUnits = HardMediumSoftLongScore.ONE_SOFT;
}
