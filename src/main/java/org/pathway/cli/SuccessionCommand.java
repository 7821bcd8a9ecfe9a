package org.pathway.cli;

import org.pathway.csv.CsvCells;
import java.io.PrintWriter;
import java.util.List;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.SuccessionReport;
import org.pathway.workforce.SuccessionRisk;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.SuccessionReport.Candidate;
import org.pathway.workforce.SuccessionReport.RolePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway succession}: the succession pipeline and bench strength per role. */
@Command(name = "succession", description = "Succession pipeline: candidates ranked per role, bench strength and roles"
        + " with no ready successor.")
class SuccessionCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkforceOptions options;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only this role (default: every role above the first).")
    private String role;

    @Option(names = "--horizon-months", defaultValue = "12", paramLabel = "N",
            description = "Succession risk: holders expected to leave within N months (default: ${DEFAULT-VALUE}).")
    private int horizonMonths;

    @Override
    public void run() {
        if (horizonMonths < 1 || horizonMonths > 120) {
            throw new ParameterException(spec.commandLine(), "--horizon-months: expected a number of months from 1 to"
                    + " 120, found " + horizonMonths);
        }
        List<EmployeeFindings> findings = pathway.findings(options.workforce, options.asOf, spec.commandLine().getErr());
        UnitScope scope = pathway.unitScope(options.unit);
        SuccessionReport report = pathway.domain().succession().analyse(findings, scope, role);
        PrintWriter out = spec.commandLine().getOut();
        switch (options.format) {
            case JSON -> out.println(Json.pretty(report));
            case CSV -> csv(out, report);
            case TEXT -> {
                text(out, report);
                risk(out, SuccessionRisk.of(report, findings.stream().filter(p -> scope.contains(p.unit())).toList(),
                        options.asOf, horizonMonths));
            }
        }
    }

    private static void risk(PrintWriter out, SuccessionRisk risk) {
        out.printf("%nSuccession risk: %d of %d roles covered by a successor ready now named for no other role;"
                + " bench strength %.1f counting each of the %d successors once (%.0f counting them once per role)%n",
                risk.covered(), risk.roles(), risk.fractionalBenchStrength(), risk.namedSuccessors(),
                risk.benchStrength());
        for (SuccessionRisk.RoleRisk r : risk.byRole()) {
            if (r.leavingWithoutReadySuccessor()) {
                out.printf("  AT RISK: %s (%s): %d holder(s) may leave by %s, the first on %s, with no successor"
                        + " ready now%n", r.title(), r.frameworkId(), r.holdersLeaving(), risk.horizonEnds(),
                        r.firstLeaving());
            }
        }
    }

    private void text(PrintWriter out, SuccessionReport report) {
        out.printf("Succession pipeline: %s, as of %s, under policy and rules version %s%n%n", report.scope(),
                options.asOf, report.decidedUnder());
        out.printf("%-26s %-30s %7s %10s %9s %12s  %s%n", "FRAMEWORK", "ROLE", "HOLDERS", "CANDIDATES", "READY NOW",
                "IN 1-2 YEARS", "RISK");
        for (RolePipeline p : report.roles()) {
            out.printf("%-26s %-30s %7d %10d %9d %12d  %s%n", p.frameworkId(), p.title(), p.holders(), p.candidates(),
                    p.readyNow(), p.readyInOneToTwoYears(), p.risk() == SuccessionReport.Risk.COVERED ? "covered"
                            : "AT RISK: " + p.risk().name().toLowerCase().replace('_', ' '));
        }
        for (RolePipeline p : report.roles()) {
            out.printf("%n%s (%s): best candidates%n", p.title(), p.frameworkId());
            if (p.ranked().isEmpty()) {
                out.println("  no one below this role in scope");
            }
            for (Candidate c : p.ranked().stream().limit(options.top).toList()) {
                out.printf("  %-12s %-24s %-26s %-20s %3d%s%n", c.employeeId(), clip(c.name(), 24),
                        clip(c.currentRole(), 26), c.verdict().words(), c.score(),
                        c.redFlags() > 0 ? "  red flags: " + c.redFlags() : "");
                if (!c.blockingGaps().isEmpty()) {
                    out.printf("               blocked by: %s%n", String.join("; ", c.blockingGaps()));
                }
            }
        }
        out.printf("%nWhy a candidate stands where they do: analyse --employee <file> --target <role>%n");
    }

    private static void csv(PrintWriter out, SuccessionReport report) {
        out.println(CsvCells.line(List.of("framework", "role", "risk", "rank", "employee_id", "name", "directorate",
                "service", "team", "current_role", "verdict", "score", "red_flags", "blocking_gaps")));
        for (RolePipeline p : report.roles()) {
            int rank = 1;
            for (Candidate c : p.ranked()) {
                out.println(CsvCells.line(List.of(p.frameworkId(), p.roleId(), p.risk(), rank++, c.employeeId(), c.name(),
                        c.unit() == null ? "" : c.unit().directorate(), c.unit() == null ? "" : c.unit().service(),
                        c.unit() == null ? "" : c.unit().team(), c.currentRole(), c.verdict(), c.score(), c.redFlags(),
                        String.join("; ", c.blockingGaps()))));
            }
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
