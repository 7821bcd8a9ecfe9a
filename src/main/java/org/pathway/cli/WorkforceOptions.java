package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of the workforce views: which workforce, which part of it, as of when, printed how. */
class WorkforceOptions {

    @Option(names = "--workforce", required = true, paramLabel = "FILE|DIR",
            description = "An employee or workforce file, or a folder of them.")
    Path workforce;

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "Only this directorate, Directorate/Service or Directorate/Service/Team.")
    String unit;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd", description = "Analysis date (default: today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    TableFormat format;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "Rows per table in text (default: ${DEFAULT-VALUE}).")
    int top;
}
