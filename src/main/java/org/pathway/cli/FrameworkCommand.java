package org.pathway.cli;

import java.io.PrintWriter;
import org.pathway.framework.Framework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathway framework show <id>}: one framework as a readable outline or as its normalised JSON; {@code export}
 * and {@code import} move frameworks in and out as CASE packages and spreadsheets.
 */
@Command(name = "framework", description = "Work with one framework.", subcommands = {FrameworkCommand.Show.class,
        FrameworkExportCommand.class, FrameworkImportCommand.class})
class FrameworkCommand {

    @ParentCommand
    PathwayCommand pathway;

    @Command(name = "show", description = "Show a framework as an outline (text) or as normalised JSON.")
    static class Show implements Runnable {

        @ParentCommand
        private FrameworkCommand framework;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Framework id, as listed by 'frameworks'.")
        private String id;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        private OutputFormat format;

        @Override
        public void run() {
            Framework shown = framework.pathway.domain().frameworks().get(id);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case TEXT -> new FrameworkOutline(out).print(shown);
                case JSON -> out.println(Json.pretty(shown));
            }
        }
    }
}
