package org.pathway.cli;

import java.io.PrintWriter;
import org.pathway.analysis.PathsReport;
import org.pathway.people.Employee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway paths}: the employee's promotion paths up the ladder, ranked by readiness. */
@Command(name = "paths", description = "Promotion paths from the employee's current role, ranked by readiness.")
class PathsCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EmployeeOptions options;

    @Override
    public void run() {
        Employee employee = pathway.employee(options.employeeFile);
        PathsReport report = pathway.domain().reports().paths(employee, pathway.domain().engine().paths(employee, options.asOf));
        PrintWriter out = spec.commandLine().getOut();
        if (options.format == OutputFormat.JSON) {
            out.println(Json.pretty(report));
            return;
        }
        out.printf("Promotion paths for %s, %s (%s), as of %s%n", report.employee().name(), report.currentRole().name(),
                report.framework().name(), report.asOf());
        if (report.paths().isEmpty()) {
            out.println("  No roles above the current one on this framework's ladder.");
        }
        int rank = 1;
        for (PathsReport.Path path : report.paths()) {
            out.printf("%n%d. %s  ->  %s, score %d%n", rank++, report.currentRole().name(),
                    String.join("  ->  ", path.rungs().stream().map(PathsReport.Rung::title).toList()),
                    path.score());
            for (PathsReport.Rung rung : path.rungs()) {
                out.printf("     %-34s %-22s score %3d%n", rung.title(), rung.verdict().words(), rung.score());
            }
        }
        out.printf("%nFor the gaps behind each verdict: analyse --employee %s --target <role>%n", options.employeeFile);
    }
}
