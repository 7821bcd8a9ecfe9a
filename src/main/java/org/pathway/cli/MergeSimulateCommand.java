package org.pathway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.crosswalk.Crosswalk;
import org.pathway.crosswalk.CrosswalkSuggester;
import org.pathway.crosswalk.MergerSimulation;
import org.pathway.crosswalk.MergerSimulation.Change;
import org.pathway.crosswalk.MergerSimulation.Tally;
import org.pathway.people.Employee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway merge-simulate}: two or more workforces judged under the merged council's framework. */
@Command(name = "merge-simulate", description = "Simulate a merger: every employee judged for their role under the"
        + " merged council's framework through the crosswalks' agreed links; who keeps, gains or loses their verdict.")
class MergeSimulateCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workforce", required = true, paramLabel = "FILE|DIR",
            description = "A workforce to merge (repeat for each): an employee or workforce file, or a folder.")
    private List<Path> workforces;

    @Option(names = "--into", required = true, paramLabel = "FRAMEWORK",
            description = "The framework the merged council will use.")
    private String into;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd", description = "Analysis date (default: today).")
    private LocalDate asOf = LocalDate.now();

    @Option(names = "--accept-suggested", description = "Take each competency's best suggested link as agreed where"
            + " none is decided yet (a first look before the review).")
    private boolean acceptSuggested;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Changes listed in text.")
    private int top;

    @Override
    public void run() {
        pathway.domain().frameworks().get(into);
        List<Employee> employees = new ArrayList<>();
        workforces.forEach(w -> employees.addAll(pathway.domain().employeeFiles().readAll(w)));
        CrosswalkSuggester suggester = new CrosswalkSuggester(pathway.domain().frameworks(), pathway.domain().roles());
        MergerSimulation simulation = new MergerSimulation(pathway.domain().frameworks(), pathway.domain().roles(),
                pathway.domain().engine(), suggester, pathway.domain().analysisThreads().executor());
        MergerSimulation.Report report = simulation.simulate(employees, into, from -> {
            Crosswalk crosswalk = pathway.domain().crosswalks().find(from, into)
                    .orElse(new Crosswalk(from, into, List.of(), List.of()));
            return acceptSuggested ? crosswalk.withBestSuggestionsAgreed() : crosswalk;
        }, asOf);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.pretty(report));
            return;
        }
        out.printf("Merger into %s, as of %s: %d employees%n", report.into(), report.asOf(), report.employees());
        table(out, "UNIT", report.byUnit());
        table(out, "ROLE IN THE MERGED COUNCIL", report.byRole());
        out.printf("%nCHANGES (%d; first %d)%n", report.changes().size(), Math.min(top, report.changes().size()));
        for (Change c : report.changes().stream().limit(top).toList()) {
            out.printf("  %s (%s, %s -> %s): %s -> %s, %s; rule \"%s\"%n", c.name(), c.fromFramework(), c.fromRole(),
                    c.toRole(), c.before().words(), c.after().words(),
                    c.outcome().name().toLowerCase().replace('_', ' '), c.rule());
            c.links().stream().limit(3).forEach(l -> out.printf("      %s%n", l));
        }
        out.printf("%nTRAINING NEEDS OF THE MERGED COUNCIL%n");
        report.trainingNeeds().stream().limit(top).forEach(n -> out.printf("  %-50s %5d people  gap %.2f%n",
                n.competency(), n.people(), n.gap()));
    }

    private static void table(PrintWriter out, String heading, List<Tally> tallies) {
        out.printf("%n%-40s %6s %6s %6s %10s%n", heading, "KEEP", "GAIN", "LOSE", "TOO LITTLE");
        tallies.forEach(t -> out.printf("%-40s %6d %6d %6d %10d%n", t.name(), t.keep(), t.gain(), t.lose(),
                t.tooLittle()));
    }
}
