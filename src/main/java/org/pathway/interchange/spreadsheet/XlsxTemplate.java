package org.pathway.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.interchange.FileContent;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.InputLimit;
import org.pathway.role.RoleProfile;

/**
 * The framework template as an XLSX workbook: written for HR to read, edit or fill in (an About sheet, headers in
 * words, frozen header rows, drop-down lists), and read back into a checked framework with every problem named by
 * sheet, row and column.
 */
public final class XlsxTemplate {

    private final int maxBytes;

    public XlsxTemplate() {
        this(InputLimit.DEFAULT_MAX_BYTES);
    }

    public XlsxTemplate(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The workbook's bytes; role profiles may be empty. */
    public byte[] write(Framework framework, List<RoleProfile> roles) {
        return bytes(TemplateWriter.sheets(framework, roles));
    }

    /** The empty template, for a council to fill in with a new framework. */
    public byte[] blank() {
        return bytes(TemplateWriter.blank());
    }

    private static byte[] bytes(List<TemplateWriter.SheetData> sheets) {
        try (XSSFWorkbook workbook = XlsxWriter.workbook(sheets)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (content != FileContent.ZIP) {
            throw refused(file, "expected an XLSX workbook, found " + content.description() + advice(content));
        }
        ZipLimits.check(file, bytes);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return TemplateReader.read(file, tables(workbook), TemplateReader.Style.WORKBOOK);
        } catch (DatasetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw refused(file, "expected a workbook without a password: save it again without one");
        } catch (IOException | RuntimeException e) {
            // POI's way of saying the archive holds no workbook (a .docx, a zip of photos) is an exception.
            throw refused(file, "expected an XLSX workbook, found a ZIP archive that is not one: " + e.getMessage());
        }
    }

    private static String advice(FileContent content) {
        return switch (content) {
            case TEXT -> ": import it as CSV, or open it in a spreadsheet program and save it as .xlsx";
            case OLD_OFFICE -> ": open it in a spreadsheet program and save it as .xlsx without a password";
            default -> "";
        };
    }

    /** Each sheet's first row as its headers and the rest as text, the way the spreadsheet program shows them. */
    private static List<Table> tables(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<Table> tables = new ArrayList<>();
        for (Sheet sheet : workbook) {
            String place = "sheet " + sheet.getSheetName();
            int first = Math.max(0, sheet.getFirstRowNum()); // -1 for a sheet with no rows
            Row header = sheet.getRow(first);
            List<String> headers = header == null ? List.of() : cells(header, formatter, evaluator);
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > first) {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells(row, formatter, evaluator)));
                }
            }
            tables.add(new Table(sheet.getSheetName(), place, first + 1, headers, rows));
        }
        return tables;
    }

    private static List<String> cells(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter, evaluator));
        }
        return cells;
    }

    // A date typed into a cell (the Published field) is read as an ISO date, whatever its display format.
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private static DatasetException refused(String file, String message) {
        return new DatasetException(List.of(new DatasetProblem(file, "", message)));
    }
}
