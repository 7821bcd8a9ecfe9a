package org.pathway.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What HR does to a workbook in a spreadsheet program, done with POI for the tests. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types the values into a new row at the bottom of the sheet; a null leaves the cell empty. */
    static void append(XSSFWorkbook workbook, String sheetName, String... values) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        type(row, values);
    }

    /** Types the values into the given row (1 = the header row, as the spreadsheet program numbers it). */
    static void set(XSSFWorkbook workbook, String sheetName, int rowNumber, int column, String value) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(rowNumber - 1) != null ? sheet.getRow(rowNumber - 1) : sheet.createRow(rowNumber - 1);
        row.createCell(column).setCellValue(value);
    }

    /** Fills the Framework sheet's Value column, field by field in the template's order. */
    static void fields(XSSFWorkbook workbook, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                set(workbook, "Framework", i + 2, 1, values.get(i));
            }
        }
    }

    private static void type(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
