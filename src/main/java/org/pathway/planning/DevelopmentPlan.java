package org.pathway.planning;

import java.time.LocalDate;
import java.util.List;
import org.pathway.activity.Development;
import org.pathway.analysis.Verdict;

/**
 * An employee's dated development plan for a target role, explained: what to do and when, what it costs, which gaps
 * it closes and which stay open (and why), each constraint's part in the score, and when they would be ready.
 */
public record DevelopmentPlan(
        String employeeId,
        String employeeName,
        String roleId,
        String role,
        LocalDate start,
        PlanLimits limits,
        String score,
        boolean feasible,
        List<Step> steps,
        long totalCost,
        List<GapLine> gapsClosed,
        List<GapLine> gapsOpen,
        List<ConstraintLine> constraints,
        Projection projection) {

    /**
     * One planned activity at its session, with what it develops (the behaviours its completion gives evidence of,
     * which marking a saved plan's step done records).
     */
    public record Step(String activityId, String title, String type, String competency, String developsTo,
            String sessionId, LocalDate start, LocalDate end, double hours, double hoursPerWeek, long cost,
            String facilitator, Development develops) {
    }

    /** A gap of the target role, with why it stays open when it does. */
    public record GapLine(String competencyId, String competency, String level, boolean essential, double gap,
            String reason) {
    }

    /** One constraint's part in the score, in plain words. */
    public record ConstraintLine(String constraint, String level, long impact, int matches, String words) {
    }

    /** Readiness re-run as if the planned activities were completed (and validated) on their end dates. */
    public record Projection(LocalDate readyFrom, Verdict verdictAtEnd, int scoreAtEnd, LocalDate end,
            String decidedUnder) {
    }
}
