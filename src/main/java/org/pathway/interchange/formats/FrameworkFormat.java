package org.pathway.interchange.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pathway.framework.Framework;
import org.pathway.interchange.FileContent;
import org.pathway.interchange.casepackage.CaseExporter;
import org.pathway.interchange.casepackage.CaseImport;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.interchange.casepackage.CaseImporter;
import org.pathway.interchange.spreadsheet.CsvTemplate;
import org.pathway.interchange.spreadsheet.XlsxTemplate;
import org.pathway.role.RoleProfile;

/** A framework file: a CASE 1.1 package (JSON), or the spreadsheet template as an XLSX workbook or one CSV file. */
public enum FrameworkFormat {
    CASE("json", "application/json"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    FrameworkFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "case", "xlsx" or "csv", in any case. */
    public static Optional<FrameworkFormat> named(String name) {
        return java.util.Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The format a file claims by its name's ending (.json, .xlsx, .csv), so that a workbook that is really a CSV file
     * is refused in words; a name without one of these endings is taken by its content.
     */
    public static FrameworkFormat of(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (FrameworkFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return format;
            }
        }
        return switch (FileContent.of(bytes)) {
            case ZIP -> XLSX;
            case JSON -> CASE;
            default -> CSV;
        };
    }

    /** The framework and role profiles as this format's file. */
    public byte[] write(Framework framework, List<RoleProfile> roles) {
        return switch (this) {
            case CASE -> new CaseExporter().toBytes(framework, roles);
            case XLSX -> new XlsxTemplate().write(framework, roles);
            case CSV -> new CsvTemplate().write(framework, roles);
        };
    }

    /**
     * Reads a file of this format: a checked framework, or (a CASE package that does not say what Pathway needs) what
     * is missing; a file that cannot be a framework throws a DatasetException listing every problem at its place.
     *
     * @param options used for CASE packages only: the spreadsheet template states everything itself
     */
    public FrameworkReading read(String file, byte[] bytes, CaseImportOptions options) {
        return switch (this) {
            case CASE -> {
                CaseImport read = new CaseImporter().read(file, bytes, options);
                yield read instanceof CaseImport.Draft draft
                        ? new FrameworkReading.Incomplete(draft.title(), draft.outline(), draft.missing())
                        : new FrameworkReading.Ready(((CaseImport.Imported) read).imported());
            }
            case XLSX -> new FrameworkReading.Ready(new XlsxTemplate().read(file, bytes));
            case CSV -> new FrameworkReading.Ready(new CsvTemplate().read(file, bytes));
        };
    }
}
