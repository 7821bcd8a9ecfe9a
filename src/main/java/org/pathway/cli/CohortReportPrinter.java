package org.pathway.cli;

import org.pathway.csv.CsvCells;
import java.io.PrintWriter;
import java.util.List;
import org.pathway.planning.DevelopmentPlan.ConstraintLine;
import org.pathway.planning.cohort.CohortReport;

/** Prints a cohort plan: the sessions that run, needs met per unit, cost, and the score in words; or its bookings as CSV. */
final class CohortReportPrinter {

    private final PrintWriter out;

    CohortReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(CohortReport plan) {
        out.printf("Cohort plan (%s): %d of %d needs met, £%d of £%d, £%d a need met%s%n", plan.frameworkId(),
                plan.met(), plan.needs(), plan.cost(), plan.budget(), plan.costPerMetNeed(),
                plan.feasible() ? "" : "   NOT FEASIBLE: see the hard constraints");
        out.printf("%-10s %-10s %-56s %9s %7s%n", "START", "END", "SESSION", "ATTENDEES", "COST");
        for (CohortReport.RunningSession s : plan.sessions()) {
            out.printf("%-10s %-10s %-56s %4d/%-4d %7s%n", s.start(), s.end(), clip(s.title(), 56), s.attendees(),
                    s.capacity(), "£" + s.cost());
        }
        out.printf("%nNeeds met by unit%n");
        plan.units().forEach(u -> out.printf("  %-44s %4d of %4d%n", u.unit(), u.met(), u.needs()));
        out.printf("%nScore %s, constraint by constraint:%n", plan.score());
        for (ConstraintLine line : plan.constraints()) {
            out.printf("  %-26s %-6s %10d  %5d x %s%n", line.constraint(), line.level(), line.impact(), line.matches(),
                    line.words());
        }
        out.println();
    }

    static void csv(PrintWriter out, List<CohortReport> plans) {
        out.println(CsvCells.line(List.of("framework", "session_id", "employee_id", "unit", "competency_id")));
        for (CohortReport plan : plans) {
            plan.bookings().forEach(b -> out.println(CsvCells.line(List.of(plan.frameworkId(), b.sessionId(), b.employeeId(),
                    b.unit(), b.competencyId()))));
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
