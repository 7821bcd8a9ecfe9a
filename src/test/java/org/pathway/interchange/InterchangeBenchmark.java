package org.pathway.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pathway.framework.Framework;
import org.pathway.interchange.casepackage.CaseExporter;
import org.pathway.interchange.casepackage.CaseImport;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.interchange.casepackage.CaseImporter;
import org.pathway.interchange.spreadsheet.CsvTemplate;
import org.pathway.interchange.spreadsheet.XlsxTemplate;
import org.pathway.role.RoleProfile;

/**
 * The interchange benchmark: export and import of the largest framework (Cherwell, 535 indicators, with its role
 * profiles) as a CASE package, an XLSX workbook and a CSV file, warm: each step is run {@code -Dwarmup} times, then
 * timed {@code -Druns} times, and the median reported against the 1 s target. Imports include every check.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@interchange-benchmark [-Dframework=...] [-Druns=15]}.
 */
public final class InterchangeBenchmark {

    private static final double TARGET_MS = 1000;

    private InterchangeBenchmark() {
    }

    public static void main(String[] args) {
        String frameworkId = System.getProperty("framework", "cherwell-south-northants");
        int warmup = Integer.getInteger("warmup", 10);
        int runs = Integer.getInteger("runs", 15);
        Framework framework = Seeds.framework(frameworkId);
        List<RoleProfile> roles = Seeds.roles(frameworkId);
        CaseExporter caseExporter = new CaseExporter();
        CaseImporter caseImporter = new CaseImporter();
        XlsxTemplate xlsx = new XlsxTemplate();
        CsvTemplate csv = new CsvTemplate();
        byte[] casePackage = caseExporter.toBytes(framework, roles);
        byte[] workbook = xlsx.write(framework, roles);
        byte[] csvFile = csv.write(framework, roles);

        System.out.printf("Interchange benchmark: %s, %d competencies, %d indicators, %d roles; %d warm-up runs, median"
                + " of %d; %d cores%n", frameworkId, framework.competencies().size(),
                framework.competencies().stream().mapToInt(c -> c.indicators().size()).sum(), roles.size(), warmup, runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("| step | file size (KB) | median (ms) | slowest (ms) | target |%n|---|---|---|---|---|%n");
        boolean met = true;
        met &= report("CASE export", casePackage.length, warmup, runs, () -> caseExporter.toBytes(framework, roles));
        met &= report("CASE import", casePackage.length, warmup, runs, () -> imported(
                caseImporter.read("cherwell.json", casePackage, CaseImportOptions.none()), framework));
        met &= report("XLSX export", workbook.length, warmup, runs, () -> xlsx.write(framework, roles));
        met &= report("XLSX import", workbook.length, warmup, runs, () -> same(
                xlsx.read("cherwell.xlsx", workbook), framework));
        met &= report("CSV export", csvFile.length, warmup, runs, () -> csv.write(framework, roles));
        met &= report("CSV import", csvFile.length, warmup, runs, () -> same(csv.read("cherwell.csv", csvFile),
                framework));
        System.out.println(met ? "every step within 1 s warm" : "SOME STEPS OVER 1 s");
    }

    private static boolean report(String step, int bytes, int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        System.out.printf("| %s | %.0f | %.1f | %.1f | %s |%n", step, bytes / 1024.0, median, times.get(times.size() - 1),
                median <= TARGET_MS ? "met" : "MISSED");
        return median <= TARGET_MS;
    }

    // The imports are checked as they are timed, so a fast wrong answer cannot pass for a result.
    private static Object imported(CaseImport result, Framework expected) {
        if (!(result instanceof CaseImport.Imported imported)) {
            throw new IllegalStateException("expected the framework back, got " + result);
        }
        return same(imported.imported(), expected);
    }

    private static Object same(ImportedFramework imported, Framework expected) {
        if (!imported.framework().equals(expected)) {
            throw new IllegalStateException("the imported framework differs from the one exported");
        }
        return imported;
    }
}
