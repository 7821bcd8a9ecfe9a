package org.pathway.cli;

import org.pathway.analysis.Analysis;
import org.pathway.analysis.ReadinessReport;
import org.pathway.people.Employee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private EmployeeOptions options;

    @Option(names = "--target", required = true, paramLabel = "ROLE", description = "Target role id (see 'roles').")
    private String target;

    @Override
    public void run() {
        Employee employee = pathway.employee(options.employeeFile);
        Analysis analysis = pathway.domain().engine().explain(employee, target, options.asOf);
        ReadinessReport report = pathway.domain().reports().report(employee, analysis, target);
        switch (options.format) {
            case TEXT -> new ReadinessReportPrinter(spec.commandLine().getOut()).print(report);
            case JSON -> spec.commandLine().getOut().println(Json.pretty(report));
        }
    }
}
