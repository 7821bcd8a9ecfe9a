package org.pathway.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;

/**
 * An XLSX file is a ZIP archive, and a small archive can expand enormously. Before the workbook is parsed its entries
 * are inflated once and counted, and a workbook that would expand past the limit is refused: POI's own zip-bomb guard
 * limits the ratio per entry, not the total, and changing its limits would change them for the whole JVM.
 */
final class ZipLimits {

    /** 100 MB expanded: the largest seed framework's workbook expands to well under 1 MB. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;

    private ZipLimits() {
    }

    static void check(String file, byte[] zip) {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    refuse(file, "expected a workbook of at most " + MAX_ENTRIES + " parts, this one has more");
                }
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    expanded += read;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        refuse(file, "expected a workbook that expands to at most " + MAX_EXPANDED_BYTES / (1024 * 1024)
                                + " MB, this one expands to more");
                    }
                }
            }
        } catch (IOException e) {
            refuse(file, "expected an XLSX workbook, found a damaged ZIP archive: " + e.getMessage());
        }
    }

    private static void refuse(String file, String message) {
        throw new DatasetException(List.of(new DatasetProblem(file, "", message)));
    }
}
