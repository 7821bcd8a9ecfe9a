package org.pathway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pathway.framework.Framework;
import org.pathway.interchange.formats.FrameworkFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway framework export <id> --format case|xlsx|csv [--out FILE]}: a framework and its roles as a file. */
@Command(name = "export", description = "Write a framework and its role profiles as a CASE 1.1 package (JSON), or as"
        + " the spreadsheet template (XLSX or CSV) HR can edit and import again.")
class FrameworkExportCommand implements Runnable {

    @ParentCommand
    private FrameworkCommand framework;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Framework id, as listed by 'frameworks'.")
    private String id;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "case, xlsx or csv.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: ID.json, ID.xlsx or ID.csv"
            + " in the current folder).")
    private Path out;

    @Override
    public void run() {
        FrameworkFormat chosen = FrameworkFormat.named(format).orElseThrow(() -> new picocli.CommandLine
                .ParameterException(spec.commandLine(), "--format: expected case, xlsx or csv, found '" + format + "'"));
        Framework exported = framework.pathway.domain().frameworks().get(id);
        byte[] bytes = chosen.write(exported, framework.pathway.domain().roles().rolesOf(exported.id()));
        Path file = out != null ? out : Path.of(exported.id() + "." + chosen.extension());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        spec.commandLine().getOut().printf("wrote %s (%s, %d bytes)%n", file, chosen.name(), bytes.length);
    }
}
