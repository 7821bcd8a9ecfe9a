package org.pathway.cli;

import java.util.Set;
import picocli.CommandLine;

/**
 * Pathway's command line, run without Spring: picocli parses the command and the command builds only the part of the
 * domain it needs, so that {@code --help} or {@code frameworks} answer in about a second.
 */
public final class PathwayCli {

    private static final Set<String> CLI_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private PathwayCli() {
    }

    /** A first argument that is a command (not a Spring "--property=value") selects the command line. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || CLI_OPTIONS.contains(args[0]));
    }

    /** Runs the command and returns its exit code. */
    public static int run(String... args) {
        CommandLineLogging.warningsToStandardError();
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new PathwayCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ReportedErrors());
    }
}
