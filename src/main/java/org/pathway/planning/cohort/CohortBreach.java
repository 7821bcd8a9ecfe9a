package org.pathway.planning.cohort;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a cohort plan breaks a hard limit, and by how much: what the score explanation reports. */
public sealed interface CohortBreach extends ConstraintJustification {

    /** More attendees on a session than its places. */
    record Overbooked(CohortSession session, int attendees) implements CohortBreach {
    }

    /** Running costs plus attendees' costs over the budget, in pounds. */
    record Overspent(long spent, long budget) implements CohortBreach {
    }

    /** A trainer, or a room, taken by two running sessions in the same week. */
    record DoubleBooked(String trainerOrRoom, CohortSession one, CohortSession other) implements CohortBreach {
    }

    /** Someone booked on two course days or workshops in the same week. */
    record Clash(String employeeId, CohortSession one, CohortSession other) implements CohortBreach {
    }

    /** Someone's development hours in a week over their cap, in tenths of an hour. */
    record OverHours(String employeeId, int week, long tenths, long capTenths) implements CohortBreach {
    }
}
