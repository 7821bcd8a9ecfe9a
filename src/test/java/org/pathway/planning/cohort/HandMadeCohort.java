package org.pathway.planning.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;

/** Small cohort plans made by hand: sessions one week long unless said, needs of 7.4 hours a week, one unit. */
final class HandMadeCohort {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final List<CohortSession> sessions = new ArrayList<>();
    private final List<Need> needs = new ArrayList<>();

    /** A session in week {@code week} of 4 hours, led by its own trainer in its own room. */
    CohortSession session(String id, int week, int capacity, long sessionCost, long perAttendee) {
        return session(id, week, capacity, sessionCost, perAttendee, "trainer " + id);
    }

    /** A session in week {@code week} of 4 hours, led by {@code trainer} in its own room. */
    CohortSession session(String id, int week, int capacity, long sessionCost, long perAttendee, String trainer) {
        return session(id, week, 1, capacity, sessionCost, perAttendee, trainer);
    }

    /** A session of {@code weeks} weeks from week {@code week}, 4 hours a week, led by {@code trainer} in its own room. */
    CohortSession session(String id, int week, int weeks, int capacity, long sessionCost, long perAttendee,
            String trainer) {
        CohortSession session = new CohortSession(SessionSlot.of(MONDAY, id, id, MONDAY.plusWeeks(week), weeks, 4,
                capacity, trainer), id, id, id, 2, capacity, sessionCost, perAttendee, true, "room " + id);
        sessions.add(session);
        return session;
    }

    /** {@code count} needs of one value, one employee each, that {@code session} closes. */
    HandMadeCohort needs(int count, long value, CohortSession session) {
        for (int i = 0; i < count; i++) {
            String employee = session.id() + "-" + i;
            needs.add(new Need(employee + "/" + session.competencyId(), employee, "unit", session.competencyId(), 2, value,
                    7.4, List.of(session)));
        }
        return this;
    }

    /** One need of {@code employee}'s, worth {@code value}, that any of {@code sessions} closes. */
    Need need(String employee, long value, CohortSession... sessions) {
        Need need = new Need(employee + "/" + sessions[0].competencyId(), employee, "unit", sessions[0].competencyId(), 2,
                value, 7.4, List.of(sessions));
        needs.add(need);
        return need;
    }

    CohortPlan plan(long budget) {
        return new CohortPlan(new CohortBudget(budget), sessions, List.of(new Week(0), new Week(1), new Week(2)), needs);
    }

    static long metValue(CohortPlan plan) {
        return plan.getNeeds().stream().filter(Need::isBooked).mapToLong(Need::getValue).sum();
    }
}
