package org.pathway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.pathway.crosswalk.Candidate;
import org.pathway.crosswalk.CrosswalkSuggester;
import org.pathway.crosswalk.RungSuggestion;
import org.pathway.crosswalk.SuggestedCrosswalk;
import org.pathway.crosswalk.SuggestedLink;
import org.pathway.crosswalk.Suggestion;
import org.pathway.csv.CsvCells;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway crosswalk suggest}: suggested links between two frameworks, or between every ordered pair. */
@Command(name = "crosswalk", description = "Crosswalks between frameworks.", subcommands = CrosswalkCommand.Suggest.class)
class CrosswalkCommand {

    @ParentCommand
    PathwayCommand pathway;

    /** Which list to print: the competencies (the default), the indicators, or the role rungs. */
    enum Level {
        COMPETENCIES,
        INDICATORS,
        ROLES
    }

    @Command(name = "suggest", description = "Suggest, for each competency of one framework, its counterparts in"
            + " another, ranked, with the score and the words that matched; nothing where nothing is close enough.")
    static class Suggest implements Runnable {

        @ParentCommand
        private CrosswalkCommand crosswalk;

        @Spec
        private CommandSpec spec;

        @ArgGroup(multiplicity = "1")
        private Pairs pairs;

        @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
        private TableFormat format;

        @Option(names = "--level", defaultValue = "competencies",
                description = "competencies, indicators or roles (default: ${DEFAULT-VALUE}).")
        private Level level;

        static class Pairs {
            @ArgGroup(exclusive = false)
            private OnePair one;

            @Option(names = "--all", required = true, description = "Every ordered pair of different frameworks.")
            private boolean all;
        }

        static class OnePair {
            @Option(names = "--from", required = true, paramLabel = "ID", description = "The framework linked from.")
            private String from;

            @Option(names = "--to", required = true, paramLabel = "ID", description = "The framework linked to.")
            private String to;
        }

        @Option(names = "--out", paramLabel = "DIR", description = "Write each pair's competency suggestions as a"
                + " crosswalk dataset file to review (FROM--TO.json) into this folder instead of printing them.")
        private Path outFolder;

        @Override
        public void run() {
            CrosswalkSuggester suggester = new CrosswalkSuggester(crosswalk.pathway.domain().frameworks(),
                    crosswalk.pathway.domain().roles());
            List<SuggestedCrosswalk> crosswalks = pairs.all ? suggester.all()
                    : List.of(suggester.suggest(pairs.one.from, pairs.one.to));
            PrintWriter out = spec.commandLine().getOut();
            if (outFolder != null) {
                write(out, crosswalks);
                return;
            }
            if (level == Level.ROLES) {
                printRoles(out, crosswalks);
                return;
            }
            Function<SuggestedCrosswalk, List<Suggestion>> list = level == Level.INDICATORS
                    ? SuggestedCrosswalk::indicators : SuggestedCrosswalk::competencies;
            switch (format) {
                case JSON -> out.println(Json.pretty(crosswalks.stream()
                        .flatMap(c -> SuggestedLink.of(list.apply(c)).stream()).toList()));
                case CSV -> {
                    out.println(CsvCells.line(List.of("from_framework", "from_id", "to_framework", "to_id", "rank",
                            "score", "matched")));
                    crosswalks.stream().flatMap(c -> SuggestedLink.of(list.apply(c)).stream()).forEach(link ->
                            out.println(CsvCells.line(List.of(link.from().framework(), link.from().itemId(),
                                    link.to().framework(), link.to().itemId(), link.rank(), link.score(),
                                    String.join(" ", link.matched())))));
                }
                case TEXT -> crosswalks.forEach(c -> printText(out, c, list.apply(c)));
            }
        }

        private void write(PrintWriter out, List<SuggestedCrosswalk> crosswalks) {
            try {
                Files.createDirectories(outFolder);
                for (SuggestedCrosswalk crosswalk : crosswalks) {
                    Path file = outFolder.resolve(crosswalk.from() + "--" + crosswalk.to() + ".json");
                    Files.writeString(file, Json.pretty(crosswalk.toReview()) + System.lineSeparator());
                    out.printf("wrote %s (%d suggested links)%n", file, crosswalk.toReview().links().size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void printText(PrintWriter out, SuggestedCrosswalk crosswalk, List<Suggestion> suggestions) {
            out.printf("%s -> %s%n", crosswalk.from(), crosswalk.to());
            for (Suggestion suggestion : suggestions) {
                out.printf("  %s%n", suggestion.name());
                if (suggestion.candidates().isEmpty()) {
                    out.println("      no suggestion: nothing close enough");
                }
                for (Candidate candidate : suggestion.candidates()) {
                    out.printf("      %.3f  %s  (%s)%n", candidate.score(), candidate.name(),
                            String.join(", ", candidate.matched()));
                }
            }
            out.println();
        }

        private void printRoles(PrintWriter out, List<SuggestedCrosswalk> crosswalks) {
            List<RungSuggestion> rungs = crosswalks.stream().flatMap(c -> c.roles().stream()).toList();
            switch (format) {
                case JSON -> out.println(Json.pretty(rungs));
                case CSV -> {
                    out.println(CsvCells.line(List.of("from_framework", "from_role", "to_framework", "to_role",
                            "coverage", "from_height", "to_height")));
                    rungs.forEach(r -> out.println(CsvCells.line(List.of(r.fromFramework(), r.fromRole(),
                            r.toFramework(), r.toRole(), r.coverage(), r.fromHeight(), r.toHeight()))));
                }
                case TEXT -> rungs.forEach(r -> out.printf("%s %s (height %.2f) -> %s %s (height %.2f),"
                        + " requires %.0f%% of the counterparts%n", r.fromFramework(), r.fromTitle(), r.fromHeight(),
                        r.toFramework(), r.toTitle(), r.toHeight(), 100 * r.coverage()));
            }
        }
    }
}
