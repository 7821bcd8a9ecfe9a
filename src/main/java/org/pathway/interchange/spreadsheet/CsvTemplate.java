package org.pathway.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.pathway.csv.CsvCells;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.interchange.FileContent;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.InputLimit;
import org.pathway.role.RoleProfile;

/**
 * The framework template as one CSV file: the workbook's sheets one after another, each as a section that starts with
 * a line holding just its name in brackets ({@code [Indicators]}) and then its header line. One file, because HR opens,
 * edits and uploads one file; sections, because they keep the workbook's columns, so the two read alike. Written as
 * UTF-8 with a byte order mark, which spreadsheet programs need to show non-ASCII text rightly.
 */
public final class CsvTemplate {

    private static final Pattern SECTION = Pattern.compile("^\\[(.+)]$");
    private static final char BOM = '\uFEFF';

    private final int maxBytes;

    public CsvTemplate() {
        this(InputLimit.DEFAULT_MAX_BYTES);
    }

    public CsvTemplate(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public byte[] write(Framework framework, List<RoleProfile> roles) {
        return bytes(TemplateWriter.sheets(framework, roles));
    }

    /** The empty template, for a council to fill in with a new framework. */
    public byte[] blank() {
        return bytes(TemplateWriter.blank());
    }

    private static byte[] bytes(List<TemplateWriter.SheetData> sheets) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            boolean first = true;
            for (TemplateWriter.SheetData data : sheets) {
                if (!first) {
                    printer.println();
                }
                first = false;
                printer.printRecord("[" + data.sheet().name() + "]");
                printer.printRecord(data.sheet().columns().stream().map(TemplateLayout.Column::header).toList());
                for (List<Object> row : data.rows()) {
                    printer.printRecord(row.stream().map(CsvTemplate::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value instanceof Double number) {
            return Words.number(number);
        }
        return value == null ? "" : CsvCells.guard(value.toString());
    }

    public ImportedFramework read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(JsonDocuments.displayName(file), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param file the name to report problems under (an upload's file name) */
    public ImportedFramework read(String file, InputStream in) {
        return read(file, InputLimit.readAll(in, file, maxBytes));
    }

    public ImportedFramework read(String file, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return read(file, new ByteArrayInputStream(bytes));
        }
        FileContent content = FileContent.of(bytes);
        if (content != FileContent.TEXT) {
            throw refused(file, "expected CSV text, found " + content.description()
                    + (content == FileContent.ZIP ? ": import a workbook as XLSX" : ""));
        }
        String text = decode(file, bytes);
        return TemplateReader.read(file, sections(file, text), TemplateReader.Style.CSV);
    }

    /** Strict UTF-8: a file saved in another encoding would otherwise import with its accents and quotes garbled. */
    private static String decode(String file, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
        } catch (CharacterCodingException e) {
            throw refused(file, "expected UTF-8 text: save the file as \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    /** The file's sections as tables, each row numbered as a spreadsheet program numbers it. */
    private static List<Table> sections(String file, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setDelimiter(delimiter(text)).get();
        List<Table> tables = new ArrayList<>();
        String name = null;
        int headerRow = 0;
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(CsvCells::unguard).toList();
                Table.Row row = new Table.Row((int) record.getRecordNumber(), cells);
                Matcher section = sectionMarker(cells);
                if (section != null) {
                    if (name != null) {
                        tables.add(table(name, headerRow, headers, rows));
                    }
                    name = section.group(1).strip();
                    headers = null;
                    rows = new ArrayList<>();
                } else if (name != null && headers == null && !row.blank()) {
                    headers = cells;
                    headerRow = row.number();
                } else if (name != null && headers != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused(file, "malformed CSV: " + e.getMessage());
        }
        if (name != null) {
            tables.add(table(name, headerRow, headers, rows));
        }
        return tables;
    }

    private static Table table(String name, int headerRow, List<String> headers, List<Table.Row> rows) {
        return new Table(name, "section [" + name + "]", headerRow, headers == null ? List.of() : headers, rows);
    }

    /** A line with only "[Name]" in its first cell (a spreadsheet program may add empty cells after it). */
    private static Matcher sectionMarker(List<String> cells) {
        if (cells.isEmpty() || cells.subList(1, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            return null;
        }
        Matcher matcher = SECTION.matcher(cells.get(0).strip());
        return matcher.matches() ? matcher : null;
    }

    /** Commas, unless the file was saved where the list separator is a semicolon and has no commas between cells. */
    private static char delimiter(String text) {
        List<String> lines = text.lines().limit(20).toList();
        boolean commas = lines.stream().anyMatch(l -> l.contains(","));
        boolean semicolons = lines.stream().anyMatch(l -> l.contains(";"));
        return semicolons && !commas ? ';' : ',';
    }

    private static DatasetException refused(String file, String message) {
        return new DatasetException(List.of(new DatasetProblem(file, "", message)));
    }
}
