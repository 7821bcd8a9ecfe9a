package org.pathway.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pathway.people.Employee;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.equality.EqualityCsv;
import org.pathway.workforce.equality.EqualityImpact;
import org.pathway.workforce.equality.EqualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway equality}: the equality impact of readiness decisions, from the characteristics in the files. */
@Command(name = "equality", description = "Equality impact: readiness for the next role by protected characteristic"
        + " and unit, the evidence behind it, adverse impact ratios (four-fifths rule) and what drives each flag;"
        + " no figure about fewer than 10 people.")
class EqualityCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkforceOptions options;

    @Option(names = "--by", defaultValue = "directorate", paramLabel = "LEVEL",
            description = "directorate, service or team (default: ${DEFAULT-VALUE}).")
    private UnitLevel by;

    @Override
    public void run() {
        List<Employee> employees = pathway.domain().employeeFiles().readAll(options.workforce);
        List<EmployeeFindings> findings = pathway.findings(employees, options.asOf, spec.commandLine().getErr());
        EqualityReport report = new EqualityImpact(pathway.domain().frameworks()).report(findings,
                employees.stream().filter(e -> e.characteristics() != null)
                        .collect(Collectors.toMap(Employee::id, Employee::characteristics)), Map.of(),
                pathway.unitScope(options.unit), by);
        PrintWriter out = spec.commandLine().getOut();
        switch (options.format) {
            case JSON -> out.println(Json.pretty(report));
            case CSV -> out.print(EqualityCsv.of(report));
            case TEXT -> text(out, report);
        }
    }

    private void text(PrintWriter out, EqualityReport report) {
        out.printf("Equality impact: %s by %s, as of %s; no figure about fewer than %d people%n", report.scope(),
                report.by().name().toLowerCase(Locale.ROOT), options.asOf, report.smallestGroup());
        for (EqualityReport.Table table : report.tables()) {
            out.printf("%n%s%n%-34s %-34s %7s %6s %6s %6s %6s %6s %6s  %s%n", table.words().toUpperCase(Locale.ROOT),
                    "UNIT", "GROUP", "PEOPLE", "READY", "1-2 YR", "INSUFF", "VALID", "SELF", "WAIT", "RATIO");
            for (EqualityReport.UnitRow row : table.units()) {
                row.cells().forEach(cell -> out.println(line(row.unit(), cell)));
            }
        }
        List<String> flags = report.tables().stream().flatMap(t -> t.units().stream().flatMap(u -> u.groups().stream()
                .filter(EqualityReport.Cell::flagged).map(g -> String.format(Locale.UK,
                        "%s, %s in %s: ratio %.2f%n    %s", t.words(), g.words(), u.unit(), g.adverseImpactRatio(),
                        String.join("\n    ", g.drivers()))))).toList();
        out.printf("%nBELOW FOUR FIFTHS OF THE MOST FAVOURED GROUP (%d)%n", flags.size());
        flags.forEach(out::println);
    }

    private static String line(String unit, EqualityReport.Cell cell) {
        EqualityReport.Figures f = cell.figures();
        if (f == null) {
            return String.format("%-34s %-34s %7s", clip(unit), clip(cell.words()), "<10/withheld");
        }
        return String.format(Locale.UK, "%-34s %-34s %7d %5.0f%% %5.0f%% %5.0f%% %5.0f%% %5.0f%% %6s  %s", clip(unit),
                clip(cell.words()), f.people(), f.readyNow() * 100, f.readyInOneToTwoYears() * 100,
                f.insufficientEvidence() * 100, f.validated() * 100, f.selfRecorded() * 100,
                f.validationWaitDays() == null ? "-" : String.format("%.0f", f.validationWaitDays()),
                cell.adverseImpactRatio() == null ? "" : String.format(Locale.UK, "%.2f%s", cell.adverseImpactRatio(),
                        cell.flagged() ? " FLAGGED" : ""));
    }

    private static String clip(String text) {
        return Objects.requireNonNullElse(text, "").length() <= 34 ? text : text.substring(0, 33) + "~";
    }
}
