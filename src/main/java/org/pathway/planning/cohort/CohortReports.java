package org.pathway.planning.cohort;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.planning.ConstraintLines;

/** Turns a solved cohort plan into a {@link CohortReport}, each constraint's part in the score in words. */
public final class CohortReports {

    private static final Map<String, String> WORDS = Map.of(
            "Session capacity", "attendees over a session's places",
            "Facilitator double-booked", "pairs of sessions one trainer would lead at once",
            "Room double-booked", "pairs of course days or workshops in one room in the same week",
            "Budget", "pounds over budget",
            "Attendee clash", "people on two course days or workshops in one week",
            "Attendee weekly hours", "tenths of an hour over someone's weekly development hours",
            "Need unmet", "needs left unmet, each counting weight x gap x 1000",
            "Cost", "pounds spent on running sessions and attendees",
            "Half-empty session", "empty places below half of a running session, x" + CohortWeights.PER_EMPTY_PLACE,
            "Fairness across units", "each unit's unmet need, squared (so that no unit is left behind)");

    private final SolutionManager<CohortPlan, HardMediumSoftLongScore> solutions;

    public CohortReports(SolverFactory<CohortPlan> factory) {
        this.solutions = SolutionManager.create(factory);
    }

    public CohortReport report(String frameworkId, CohortPlan plan) {
        var explanation = solutions.explain(plan);
        Map<CohortSession, List<Need>> running = plan.getNeeds().stream().filter(Need::isBooked)
                .collect(Collectors.groupingBy(Need::getSession));
        List<CohortReport.RunningSession> sessions = running.entrySet().stream()
                .map(e -> new CohortReport.RunningSession(e.getKey().id(), e.getKey().title(), e.getKey().slot().start(),
                        e.getKey().slot().end(), e.getKey().facilitator(), e.getValue().size(), e.getKey().capacity(),
                        e.getKey().sessionCost() + e.getValue().size() * e.getKey().costPerAttendee()))
                .sorted(Comparator.comparing(CohortReport.RunningSession::start)
                        .thenComparing(CohortReport.RunningSession::sessionId))
                .toList();
        Map<String, int[]> units = new TreeMap<>();
        for (Need need : plan.getNeeds()) {
            int[] counts = units.computeIfAbsent(need.getUnit(), u -> new int[2]);
            counts[0]++;
            counts[1] += need.isBooked() ? 1 : 0;
        }
        List<CohortReport.UnitLine> unitLines = units.entrySet().stream()
                .map(e -> new CohortReport.UnitLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<CohortReport.Booking> bookings = plan.getNeeds().stream().filter(Need::isBooked)
                .map(n -> new CohortReport.Booking(n.getEmployeeId(), n.getUnit(), n.getCompetencyId(), n.getSession().id()))
                .sorted(Comparator.comparing(CohortReport.Booking::sessionId).thenComparing(CohortReport.Booking::employeeId))
                .toList();
        int met = bookings.size();
        long cost = sessions.stream().mapToLong(CohortReport.RunningSession::cost).sum();
        return new CohortReport(frameworkId, plan.getBudget().pounds(), explanation.getScore().toString(),
                explanation.getScore().isFeasible(), plan.getNeeds().size(), met, cost, met == 0 ? 0 : cost / met,
                sessions, unitLines, bookings, ConstraintLines.of(explanation.getConstraintMatchTotalMap(), WORDS));
    }

}
