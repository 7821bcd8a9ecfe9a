package org.pathway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.framework.ScaleKind;
import org.pathway.interchange.FrameworkChecks;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.InputLimit;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.interchange.formats.FrameworkFormat;
import org.pathway.interchange.formats.FrameworkReading;
import org.pathway.role.RoleProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathway framework import FILE [--dry-run]}: checks a CASE package or spreadsheet template and, without
 * {@code --dry-run}, writes it into the datasets folder as dataset files ({@code frameworks/ID.json}, and
 * {@code roles/ID.json} when the file carries role profiles), which is where the command line's frameworks live: it has
 * no database. The running service's frameworks are published through its admin page or API.
 */
@Command(name = "import", description = "Check a framework file (CASE JSON, XLSX or CSV template) and, unless"
        + " --dry-run, write it into the datasets folder as frameworks/ID.json (and roles/ID.json).")
class FrameworkImportCommand implements Runnable {

    @ParentCommand
    private FrameworkCommand framework;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .json CASE package, or an .xlsx or .csv template.")
    private Path file;

    @Option(names = "--dry-run", description = "Check only; write nothing.")
    private boolean dryRun;

    @Option(names = "--replace", description = "Replace the framework with the same id in the datasets folder.")
    private boolean replace;

    @Option(names = "--id", paramLabel = "ID", description = "CASE: the id to import the framework under.")
    private String id;

    @Option(names = "--scale-kind", paramLabel = "KIND", description = "CASE: the scale's kind when the package does"
            + " not say (${COMPLETION-CANDIDATES}).")
    private ScaleKind scaleKind;

    @Option(names = "--competency-item-type", paramLabel = "TYPE", description = "CASE: the item type of competencies.")
    private String competencyItemType;

    @Option(names = "--competency-depth", paramLabel = "N", description = "CASE: or the competencies' depth (1 = the"
            + " document's children, 0 = the document is the one competency).")
    private Integer competencyDepth;

    @Override
    public void run() {
        String name = JsonDocuments.displayName(file);
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = InputLimit.readAll(in, name, InputLimit.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new DatasetException(List.of(new DatasetProblem(name, "", "cannot be read: " + e.getMessage())));
        }
        CaseImportOptions options = new CaseImportOptions(id, scaleKind, competencyItemType, competencyDepth);
        FrameworkReading reading = FrameworkFormat.of(name, bytes).read(name, bytes, options);
        if (reading instanceof FrameworkReading.Incomplete incomplete) {
            throw new DatasetException(incomplete.missing());
        }
        ImportedFramework imported = ((FrameworkReading.Ready) reading).imported();
        Framework read = imported.framework();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s (%s), %d competencies, %d indicators, %d role profiles: checked%n", name, read.id(),
                read.name(), read.competencies().size(),
                read.competencies().stream().mapToInt(c -> c.indicators().size()).sum(), imported.roles().size());
        if (dryRun) {
            out.println("dry run: nothing written");
            return;
        }
        write(imported, out);
    }

    private void write(ImportedFramework imported, PrintWriter out) {
        Path datasets = framework.pathway.datasetsFolder();
        Framework read = imported.framework();
        Path frameworkFile = datasets.resolve("frameworks").resolve(read.id() + ".json");
        Path rolesFile = datasets.resolve("roles").resolve(read.id() + ".json");
        boolean known = framework.pathway.domain().frameworks().find(read.id()).isPresent();
        if (known && !(replace && Files.exists(frameworkFile))) {
            throw new DatasetException(List.of(new DatasetProblem(file.toString(), "", "framework '" + read.id()
                    + "' is already in " + datasets + (replace ? ", but not as " + frameworkFile
                    + ": replace that file by hand" : ": give --replace to replace it, or --id for another id"))));
        }
        List<RoleProfile> kept = framework.pathway.domain().roles().rolesOf(read.id());
        if (imported.roles().isEmpty() && !kept.isEmpty()) {
            List<DatasetProblem> unfit = FrameworkChecks.roles(JsonDocuments.displayName(rolesFile), read, kept);
            if (!unfit.isEmpty()) {
                throw new DatasetException(unfit);
            }
        }
        try {
            Files.createDirectories(frameworkFile.getParent());
            Files.writeString(frameworkFile, Json.pretty(FrameworkChecks.datasetTree(read)) + "\n");
            out.printf("wrote %s%n", frameworkFile);
            if (!imported.roles().isEmpty()) {
                Files.createDirectories(rolesFile.getParent());
                Files.writeString(rolesFile, Json.pretty(FrameworkChecks.rolesTree(read.id(), imported.roles())) + "\n");
                out.printf("wrote %s%n", rolesFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + datasets, e);
        }
    }
}
