package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of the commands that analyse one employee: their file, the analysis date and the output format. */
class EmployeeOptions {

    @Option(names = "--employee", required = true, paramLabel = "FILE", description = "Employee JSON file.")
    Path employeeFile;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd", description = "Analysis date (default: today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
