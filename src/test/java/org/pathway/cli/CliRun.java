package org.pathway.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathway.rules.RuleFolder;
import picocli.CommandLine;

/** Runs Pathway's command line in-process on a datasets folder and captures exit code, output and errors. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path datasets, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PathwayCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> withDatasets = new ArrayList<>(List.of("--datasets", datasets.toString()));
        if (!List.of(args).contains("--rules")) {
            // the tests' own policy values, unless a test brings its own copy of the rules (RuleFolder)
            withDatasets.addAll(List.of("--policy", RuleFolder.FIXTURE_POLICY.toString()));
        }
        withDatasets.addAll(List.of(args));
        int exitCode = cli.execute(withDatasets.toArray(String[]::new));
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Path.of("datasets"), args);
    }
}
