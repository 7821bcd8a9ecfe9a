package org.pathway.cli;

import java.io.PrintWriter;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.DevelopmentPlan.ConstraintLine;
import org.pathway.planning.DevelopmentPlan.GapLine;
import org.pathway.planning.DevelopmentPlan.Step;

/** Prints a development plan for a person: the timeline, what it closes and leaves open, its readiness and score. */
final class DevelopmentPlanPrinter {

    private final PrintWriter out;

    DevelopmentPlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(DevelopmentPlan plan) {
        out.printf("Development plan for %s (%s) towards %s, from %s%n", plan.employeeName(), plan.employeeId(),
                plan.role(), plan.start());
        out.printf("Limits: budget £%d, %.1f hours a week, %d weeks.   Plan: %d activities, £%d.%s%n%n",
                plan.limits().budget(), plan.limits().hoursPerWeek(), plan.limits().horizonWeeks(), plan.steps().size(),
                plan.totalCost(), plan.feasible() ? "" : "   NOT FEASIBLE: see the hard constraints below");
        out.printf("%-10s %-10s %-60s %6s %6s%n", "START", "END", "ACTIVITY", "HOURS", "COST");
        for (Step step : plan.steps()) {
            out.printf("%-10s %-10s %-60s %6.1f %6s%n", step.start(), step.end(), clip(step.title(), 60), step.hours(),
                    "£" + step.cost());
            out.printf("%22s %s, %.1f h/week, %s%n", "", step.type().toLowerCase().replace('_', ' '),
                    step.hoursPerWeek(), step.facilitator());
        }
        if (plan.steps().isEmpty()) {
            out.println("  (nothing planned)");
        }
        out.printf("%nGaps closed: %d of %d%n", plan.gapsClosed().size(), plan.gapsClosed().size() + plan.gapsOpen().size());
        for (GapLine gap : plan.gapsClosed()) {
            out.printf("  closed  %s to %s%s%n", gap.competency(), gap.level(), gap.essential() ? " (essential)" : "");
        }
        for (GapLine gap : plan.gapsOpen()) {
            out.printf("  OPEN    %s to %s%s%n          why: %s%n", gap.competency(), gap.level(),
                    gap.essential() ? " (essential)" : "", gap.reason());
        }
        DevelopmentPlan.Projection projection = plan.projection();
        out.printf("%nProjected readiness (as if each activity's evidence is validated when it ends): %s%n",
                projection.readyFrom() == null ? "not ready by the end of the plan (" + projection.end() + "): "
                        + projection.verdictAtEnd().words() + ", score " + projection.scoreAtEnd()
                        : "ready now from " + projection.readyFrom());
        out.printf("  (decided under policy and rules version %s)%n", projection.decidedUnder());
        out.printf("%nScore %s, constraint by constraint:%n", plan.score());
        for (ConstraintLine line : plan.constraints()) {
            out.printf("  %-20s %-6s %9d  %3d x %s%n", line.constraint(), line.level(), line.impact(), line.matches(),
                    line.words());
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
