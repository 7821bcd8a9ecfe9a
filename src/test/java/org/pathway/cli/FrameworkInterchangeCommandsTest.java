package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code framework export} and {@code framework import}: files out, checked files back in, bad files named. */
class FrameworkInterchangeCommandsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"case", "xlsx", "csv"})
    void anExportImportsBackCheckedInADryRunThatWritesNothing(String format) throws IOException {
        Path file = temp.resolve("slough." + (format.equals("case") ? "json" : format));
        Path datasets = copyOfDatasets();

        CliRun export = CliRun.run(datasets, "framework", "export", "slough-leadership", "--format", format,
                "--out", file.toString());
        CliRun dryRun = CliRun.run(datasets, "framework", "import", file.toString(), "--dry-run");

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).startsWith("wrote " + file);
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("slough-leadership (Leadership Job Family Competency and Behavioural Framework),"
                + " 15 competencies, 158 indicators, 3 role profiles: checked", "dry run: nothing written");
        assertThat(Files.readString(datasets.resolve("frameworks/slough-leadership.json")))
                .isEqualTo(Files.readString(Path.of("datasets/frameworks/slough-leadership.json")));
    }

    @Test
    void anImportWritesDatasetFilesThatTheOtherCommandsReadAsBefore() throws IOException {
        Path datasets = copyOfDatasets();
        Path file = temp.resolve("cambridge.xlsx");
        CliRun.run(datasets, "framework", "export", "cambridge-city", "--format", "xlsx", "--out", file.toString());
        String before = CliRun.run(datasets, "framework", "show", "cambridge-city", "--format", "json").out();

        CliRun refused = CliRun.run(datasets, "framework", "import", file.toString());
        CliRun replaced = CliRun.run(datasets, "framework", "import", file.toString(), "--replace");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("framework 'cambridge-city' is already in " + datasets
                + ": give --replace to replace it");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("wrote " + datasets.resolve("frameworks/cambridge-city.json"),
                "wrote " + datasets.resolve("roles/cambridge-city.json"));
        assertThat(CliRun.run(datasets, "framework", "show", "cambridge-city", "--format", "json").out())
                .isEqualTo(before);
        assertThat(CliRun.run(datasets, "validate").exitCode()).isZero();
    }

    @Test
    void aCsvFileNamedAsAWorkbookIsRefusedInWordsWithExitCode1() throws IOException {
        Path file = temp.resolve("framework.xlsx");
        Files.writeString(file, "[Framework]\nField,Value\nID,x\n");

        CliRun run = CliRun.run("framework", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("framework.xlsx: expected an XLSX workbook, found plain text (a CSV file?)");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run("framework", "export", "slough-leadership", "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format: expected case, xlsx or csv, found 'pdf'");
    }

    private Path copyOfDatasets() throws IOException {
        Path copy = temp.resolve("datasets");
        Path from = Path.of("datasets");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.toList()) {
                Path to = copy.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return copy;
    }
}
