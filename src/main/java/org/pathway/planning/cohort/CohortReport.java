package org.pathway.planning.cohort;

import java.time.LocalDate;
import java.util.List;
import org.pathway.planning.DevelopmentPlan.ConstraintLine;

/** A cohort plan for people to read: the sessions that run and who attends, what it costs, needs met per unit. */
public record CohortReport(String frameworkId, long budget, String score, boolean feasible, int needs, int met,
        long cost, long costPerMetNeed, List<RunningSession> sessions, List<UnitLine> units, List<Booking> bookings,
        List<ConstraintLine> constraints) {

    public record RunningSession(String sessionId, String title, LocalDate start, LocalDate end, String facilitator,
            int attendees, int capacity, long cost) {
    }

    public record UnitLine(String unit, int needs, int met) {
    }

    public record Booking(String employeeId, String unit, String competencyId, String sessionId) {
    }
}
