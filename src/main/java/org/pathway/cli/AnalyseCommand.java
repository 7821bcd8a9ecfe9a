package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.ReadinessReport;
import org.pathway.employee.Employee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway analyse}: one employee's readiness for one role, explained. */
@Command(name = "analyse", description = "How ready an employee is for a target role, with every gap and its reasons.")
class AnalyseCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Option(names = "--employee", required = true, paramLabel = "FILE", description = "Employee JSON file.")
    private Path employeeFile;

    @Option(names = "--target", required = true, paramLabel = "ROLE", description = "Target role id (see 'roles').")
    private String target;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd", description = "Analysis date (default: today).")
    private LocalDate asOf = LocalDate.now();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public void run() {
        Employee employee = pathway.employee(employeeFile);
        Analysis analysis = pathway.engine().analyse(employee, target, asOf);
        ReadinessReport report = pathway.reports().report(employee, analysis, target);
        switch (format) {
            case TEXT -> new ReadinessReportPrinter(spec.commandLine().getOut()).print(report);
            case JSON -> spec.commandLine().getOut().println(Json.pretty(report));
        }
    }
}
