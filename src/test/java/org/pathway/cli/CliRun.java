package org.pathway.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs Pathway's command line in-process on a datasets folder and captures exit code, output and errors. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path datasets, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PathwayCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] withDatasets = new String[args.length + 2];
        withDatasets[0] = "--datasets";
        withDatasets[1] = datasets.toString();
        System.arraycopy(args, 0, withDatasets, 2, args.length);
        int exitCode = cli.execute(withDatasets);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Path.of("datasets"), args);
    }
}
