package org.pathway.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.pathway.interchange.FileContent;
import org.pathway.problem.InvalidRequestException.FieldError;

/**
 * Reads the first sheet of an XLSX workbook (Apache POI) as the CSV import reads a file: its first row the headers,
 * each later row keyed by header, cells as the spreadsheet program shows them (a date cell as yyyy-mm-dd). Rows and
 * cells are named as the program numbers them: "sheet Staff, row 3, column B (name)".
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<ImportRow> parse(String file, InputStream in, List<String> required, List<FieldError> errors) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileContent content = FileContent.of(bytes);
        if (content != FileContent.ZIP) {
            errors.add(new FieldError(file, "expected an XLSX workbook, found " + content.description()
                    + (content == FileContent.TEXT ? ": send a CSV file as text/csv, or save it as .xlsx" : "")));
            return List.of();
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return rows(workbook, required, errors);
        } catch (EncryptedDocumentException e) {
            errors.add(new FieldError(file, "expected a workbook without a password: save it again without one"));
        } catch (IOException | RuntimeException e) {
            errors.add(new FieldError(file, "expected an XLSX workbook, found a ZIP archive that is not one"));
        }
        return List.of();
    }

    private static List<ImportRow> rows(Workbook workbook, List<String> required, List<FieldError> errors) {
        Sheet sheet = workbook.getSheetAt(0);
        String place = "sheet " + sheet.getSheetName();
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int first = Math.max(0, sheet.getFirstRowNum());
        Row headerRow = sheet.getRow(first);
        List<String> header = new ArrayList<>();
        if (headerRow != null) {
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                header.add(text(headerRow.getCell(c), formatter, evaluator).strip());
            }
        }
        String headerPlace = place + ", row " + (first + 1);
        if (header.stream().allMatch(String::isEmpty)) {
            errors.add(new FieldError(headerPlace, "expected a header row " + required));
            return List.of();
        }
        required.stream().filter(column -> !header.contains(column)).forEach(column -> errors.add(
                new FieldError(headerPlace, "expected a column '" + column + "'")));
        Map<String, String> columnPlaces = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (!header.get(c).isEmpty() && columnPlaces.putIfAbsent(header.get(c), ", column " + letters(c) + " ("
                    + header.get(c) + ")") != null) {
                errors.add(new FieldError(headerPlace + ", column " + letters(c), "the column '" + header.get(c)
                        + "' again: expected each column once"));
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= first) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    cells.putIfAbsent(header.get(c), text(row.getCell(c), formatter, evaluator));
                }
            }
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                rows.add(new ImportRow(place + ", row " + (row.getRowNum() + 1), cells, columnPlaces));
            }
        }
        return rows;
    }

    // A date typed into a cell is read as an ISO date, whatever its display format.
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
