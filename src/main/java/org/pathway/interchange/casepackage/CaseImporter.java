package org.pathway.interchange.casepackage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.interchange.FrameworkChecks;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.InputLimit;
import org.pathway.interchange.SourceMap;
import org.pathway.role.RoleProfile;

/**
 * Reads a CASE package, Pathway's own or another system's, into a framework checked like a dataset file. A package
 * that is broken (malformed JSON, identifiers used twice, associations to what is not in it, a level not in the scale)
 * fails with a {@link DatasetException} naming the file and JSON pointer of every problem; one that is sound but does
 * not say what Pathway needs comes back as a {@link CaseImport.Draft}. Nothing half-built is ever returned.
 */
public final class CaseImporter {

    private final int maxBytes;

    public CaseImporter() {
        this(InputLimit.DEFAULT_MAX_BYTES);
    }

    public CaseImporter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public CaseImport read(Path file, CaseImportOptions options) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(JsonDocuments.displayName(file), in, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param file the name to report problems under (an upload's file name) */
    public CaseImport read(String file, InputStream in, CaseImportOptions options) {
        return read(file, InputLimit.readAll(in, file, maxBytes), options);
    }

    public CaseImport read(String file, byte[] bytes, CaseImportOptions options) {
        if (bytes.length > maxBytes) {
            return read(file, new ByteArrayInputStream(bytes), options);
        }
        List<DatasetProblem> errors = new ArrayList<>();
        CasePackage casePackage = new PackageReader(file, errors).read(bytes);
        if (casePackage == null) {
            throw new DatasetException(errors);
        }
        ItemTree tree = ItemTree.build(casePackage, file, errors);
        if (Integer.valueOf(0).equals(options.competencyDepth())) {
            tree.rootAtDocument(casePackage.document());
        }
        List<DatasetProblem> missing = new ArrayList<>();
        SourceMap sources = new SourceMap(file);
        FrameworkAssembler assembler = new FrameworkAssembler(file, casePackage, tree, options, errors, missing, sources);
        Framework framework = errors.isEmpty() ? assembler.assemble() : null;
        List<RoleProfile> roles = errors.isEmpty() ? assembler.roles() : List.of();
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        if (!missing.isEmpty()) {
            return new CaseImport.Draft(LenientJson.text(casePackage.document().json(), "title"), outline(tree),
                    missing);
        }
        List<DatasetProblem> problems = FrameworkChecks.all(sources, framework, roles);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new CaseImport.Imported(new ImportedFramework(framework, roles),
                LenientJson.dateTime(LenientJson.text(casePackage.document().json(), "lastChangeDateTime")));
    }

    private static List<CaseImport.OutlineEntry> outline(ItemTree tree) {
        return tree.preorder().stream()
                .map(n -> new CaseImport.OutlineEntry(n.item.identifier(), n.depth, n.item.itemType(), n.item.name()))
                .toList();
    }
}
