package org.pathway.planning.cohort;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;

/** One test per constraint, named after it, with a penalising and a non-penalising case. */
class CohortPlanConstraintsTest {

    private static final ConstraintVerifier<CohortPlanConstraints, CohortPlan> VERIFIER =
            ConstraintVerifier.build(new CohortPlanConstraints(), CohortPlan.class, Need.class);
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private static CohortSession session(String id, String trainer, int startWeek, int weeks, double hoursPerWeek,
            int capacity, long sessionCost, long perAttendee) {
        SessionSlot slot = SessionSlot.of(MONDAY, id, "a", MONDAY.plusWeeks(startWeek), weeks, hoursPerWeek, capacity,
                trainer);
        return new CohortSession(slot, "a", "A", "c", 2, capacity, sessionCost, perAttendee, true, "Room " + trainer);
    }

    private static final CohortSession COURSE = session("course", "t1", 2, 1, 7, 2, 1000, 100);
    private static final CohortSession OTHER_COURSE = session("other", "t1", 2, 1, 7, 10, 0, 0);
    private static final CohortSession LATER = session("later", "t1", 5, 1, 7, 10, 0, 0);

    private static Need need(String id, String employee, String unit, long value, CohortSession booked) {
        Need need = new Need(id, employee, unit, "c", 2, value, 7.4, List.of(COURSE, OTHER_COURSE, LATER));
        need.setSession(booked);
        return need;
    }

    @Test
    void sessionCapacity() {
        VERIFIER.verifyThat(CohortPlanConstraints::sessionCapacity)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, COURSE), need("3", "e3", "u", 1, COURSE))
                .penalizesBy(1);
        VERIFIER.verifyThat(CohortPlanConstraints::sessionCapacity)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, COURSE), need("3", "e3", "u", 1, LATER))
                .penalizesBy(0);
    }

    @Test
    void facilitatorDoubleBooked() {
        VERIFIER.verifyThat(CohortPlanConstraints::facilitatorDoubleBooked)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, OTHER_COURSE)).penalizesBy(1);
        VERIFIER.verifyThat(CohortPlanConstraints::facilitatorDoubleBooked)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, LATER)).penalizesBy(0);
    }

    @Test
    void roomDoubleBooked() {
        CohortSession sameRoomOtherTrainer = new CohortSession(SessionSlot.of(MONDAY, "x", "b", MONDAY.plusWeeks(2), 1, 7, 10,
                "t2"), "b", "B", "c", 2, 10, 0, 0, true, "Room t1");
        CohortSession online = new CohortSession(SessionSlot.of(MONDAY, "y", "b", MONDAY.plusWeeks(2), 1, 7, 10, "t3"), "b",
                "B", "c", 2, 10, 0, 0, true, "Online");
        VERIFIER.verifyThat(CohortPlanConstraints::roomDoubleBooked)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, sameRoomOtherTrainer)).penalizesBy(1);
        VERIFIER.verifyThat(CohortPlanConstraints::roomDoubleBooked)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, LATER), need("3", "e3", "u", 1, online))
                .penalizesBy(0);
    }

    @Test
    void budget() {
        // running the course: 1000 + 2 x 100 = 1200 against a budget of 1000
        VERIFIER.verifyThat(CohortPlanConstraints::budget)
                .given(new CohortBudget(1000), need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, COURSE))
                .penalizesBy(200);
        VERIFIER.verifyThat(CohortPlanConstraints::budget)
                .given(new CohortBudget(1200), need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, COURSE))
                .penalizesBy(0);
    }

    @Test
    void attendeeClash() {
        VERIFIER.verifyThat(CohortPlanConstraints::attendeeClash)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e1", "u", 1, OTHER_COURSE)).penalizesBy(1);
        VERIFIER.verifyThat(CohortPlanConstraints::attendeeClash)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, OTHER_COURSE)).penalizesBy(0);
    }

    @Test
    void attendeeWeeklyHours() {
        // 7 + 7 hours in week 2 against 7.4: 6.6 hours = 66 tenths over
        VERIFIER.verifyThat(CohortPlanConstraints::attendeeWeeklyHours)
                .given(new Week(2), need("1", "e1", "u", 1, COURSE), need("2", "e1", "u", 1, OTHER_COURSE))
                .penalizesBy(66);
        VERIFIER.verifyThat(CohortPlanConstraints::attendeeWeeklyHours)
                .given(new Week(2), new Week(5), need("1", "e1", "u", 1, COURSE), need("2", "e1", "u", 1, LATER))
                .penalizesBy(0);
    }

    @Test
    void needUnmet() {
        VERIFIER.verifyThat(CohortPlanConstraints::needUnmet)
                .given(need("1", "e1", "u", 500, null), need("2", "e2", "u", 250, COURSE)).penalizesBy(500);
        VERIFIER.verifyThat(CohortPlanConstraints::needUnmet)
                .given(need("1", "e1", "u", 500, LATER)).penalizesBy(0);
    }

    @Test
    void cost() {
        VERIFIER.verifyThat(CohortPlanConstraints::cost)
                .given(need("1", "e1", "u", 1, COURSE), need("2", "e2", "u", 1, COURSE), need("3", "e3", "u", 1, null))
                .penalizesBy(1200);
        VERIFIER.verifyThat(CohortPlanConstraints::cost)
                .given(need("1", "e1", "u", 1, LATER)).penalizesBy(0);
    }

    @Test
    void halfEmptySession() {
        // one attendee on ten places: four empty places below half
        VERIFIER.verifyThat(CohortPlanConstraints::halfEmptySession)
                .given(need("1", "e1", "u", 1, LATER)).penalizesBy(4);
        VERIFIER.verifyThat(CohortPlanConstraints::halfEmptySession)
                .given(need("1", "e1", "u", 1, COURSE)).penalizesBy(0);
    }

    @Test
    void fairnessAcrossUnits() {
        // unmet 2000 in one unit: (20 x 20) / 100 = 4; split 1000 and 1000: 1 + 1 = 2
        VERIFIER.verifyThat(CohortPlanConstraints::fairnessAcrossUnits)
                .given(need("1", "e1", "housing", 1000, null), need("2", "e2", "housing", 1000, null)).penalizesBy(4);
        VERIFIER.verifyThat(CohortPlanConstraints::fairnessAcrossUnits)
                .given(need("1", "e1", "housing", 1000, null), need("2", "e2", "planning", 1000, null)).penalizesBy(2);
        VERIFIER.verifyThat(CohortPlanConstraints::fairnessAcrossUnits)
                .given(need("1", "e1", "housing", 1000, COURSE)).penalizesBy(0);
    }
}
