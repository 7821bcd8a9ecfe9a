package org.pathway.cli;

import java.io.PrintWriter;
import org.pathway.framework.Framework;
import org.pathway.framework.Polarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway frameworks}: the frameworks in the datasets with their sizes. */
@Command(name = "frameworks", description = "List the competency frameworks with counts of competencies, levels and indicators.")
class FrameworksCommand implements Runnable {

    private static final String ROW = "%-28s %-6s %6s %6s %9s %11s  %s%n";

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(ROW, "ID", "SCALE", "COMPS", "LEVELS", "EFFECTIVE", "INEFFECTIVE", "NAME");
        for (Framework f : pathway.domain().frameworks().all()) {
            out.printf(ROW, f.id(), shortKind(f), f.competencies().size(), f.scale().levels().size(),
                    f.indicatorCount(Polarity.EFFECTIVE), f.indicatorCount(Polarity.INEFFECTIVE),
                    f.name() + " (" + String.join(", ", f.organisations()) + ")");
        }
    }

    private static String shortKind(Framework f) {
        return switch (f.scale().kind()) {
            case ROLE_TIER -> "tiers";
            case CUMULATIVE -> "cumul";
            case RATING_WITH_MIDPOINTS -> "rating";
            case BEHAVIOURAL -> "behav";
        };
    }
}
