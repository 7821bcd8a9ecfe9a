package org.pathway.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pathway.planning.cohort.CohortReport;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.TrainingNeed;
import org.pathway.workforce.TrainingNeedsCsv;
import org.pathway.workforce.TrainingNeedsReport;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway tna}: training needs analysis for a unit or the whole council. */
@Command(name = "tna", description = "Training needs analysis: per competency and level, who falls short for their"
        + " current role and the role above, ranked, and by unit.")
class TnaCommand implements Runnable {

    private static final String ROW = "%-44s %-34s %7s %7s %7s %7s %7s%n";

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkforceOptions options;

    @Option(names = "--by", defaultValue = "service", paramLabel = "LEVEL",
            description = "Break down by directorate, service or team (default: ${DEFAULT-VALUE}).")
    private UnitLevel by;

    @Option(names = "--budget", paramLabel = "GBP",
            description = "Also plan the cohort: which sessions run and who attends, within this budget.")
    private Long budget;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S",
            description = "Longest time to plan the cohort (default: ${DEFAULT-VALUE}); stops sooner when it stops improving.")
    private long seconds;

    @Override
    public void run() {
        UnitScope scope = pathway.unitScope(options.unit);
        List<EmployeeFindings> findings = pathway.findings(options.workforce, options.asOf, spec.commandLine().getErr());
        TrainingNeedsReport report = pathway.domain().trainingNeeds()
                .analyse(findings, scope, by);
        PrintWriter out = spec.commandLine().getOut();
        if (budget != null) {
            if (budget < 0 || seconds < 1) {
                throw new ParameterException(spec.commandLine(), "expected --budget >= 0 and --seconds >= 1");
            }
            List<CohortReport> plans = new CohortPlanning(pathway, spec.commandLine().getErr())
                    .plan(findings.stream().filter(f -> scope.contains(f.unit())).toList(), options.asOf, budget, seconds);
            switch (options.format) {
                case JSON -> out.println(Json.pretty(new TnaWithPlans(report, plans)));
                case CSV -> CohortReportPrinter.csv(out, plans);
                case TEXT -> {
                    text(out, report);
                    plans.forEach(plan -> new CohortReportPrinter(out).print(plan));
                }
            }
            return;
        }
        switch (options.format) {
            case JSON -> out.println(Json.pretty(report));
            case CSV -> csv(out, report);
            case TEXT -> text(out, report);
        }
    }

    /** The needs and, per framework, the cohort plan that answers them. */
    record TnaWithPlans(TrainingNeedsReport needs, List<CohortReport> plans) {
    }

    private void text(PrintWriter out, TrainingNeedsReport report) {
        out.printf("Training needs analysis: %s, %d employees, as of %s, under policy and rules version %s%n",
                report.scope(), report.employees(), options.asOf, report.decidedUnder());
        out.printf("Short = people below the level their role requires; Ess = of which essential; Next = for the role"
                + " above theirs.%nNeed = shortfalls weighted by requirement weight (essential 2, desirable 1).%n%n");
        table(out, report.ranked(), "Ranked needs");
        List<String> units = report.byUnit().stream().map(TrainingNeed::unit).distinct().sorted().toList();
        for (String unit : units) {
            table(out, report.byUnit().stream().filter(n -> n.unit().equals(unit)).toList(),
                    "By " + report.breakdownBy() + ": " + unit);
        }
    }

    private void table(PrintWriter out, List<TrainingNeed> needs, String title) {
        out.printf("%s%n", title);
        out.printf(ROW, "COMPETENCY", "LEVEL REQUIRED", "SHORT", "ESS", "NEXT", "ESS", "NEED");
        needs.stream().limit(options.top).forEach(n -> out.printf(ROW, clip(n.competency(), 44), clip(n.level(), 34),
                n.shortForCurrentRole(), n.essentialForCurrentRole(), n.shortForNextRole(), n.essentialForNextRole(),
                String.format("%.0f", n.need())));
        if (needs.size() > options.top) {
            out.printf("  ... %d more (--top, or --format csv for all)%n", needs.size() - options.top);
        }
        out.println();
    }

    private static void csv(PrintWriter out, TrainingNeedsReport report) {
        out.print(TrainingNeedsCsv.of(report));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
