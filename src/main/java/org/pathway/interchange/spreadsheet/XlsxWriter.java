package org.pathway.interchange.spreadsheet;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lays the template's sheets out in a workbook HR can read and edit. */
final class XlsxWriter {

    /** Drop-down lists reach this far below the data, so rows HR adds get them too. */
    private static final int EDITABLE_ROWS = 2_000;

    private static final List<String> ABOUT = List.of(
            "This workbook is a competency framework for Pathway. Edit it, or fill it in for a new framework, and"
                    + " import it back.",
            "",
            "Framework: the framework's own fields, one per row, the value in column B.",
            "Levels: the scale's levels, lowest first, ranked 1, 2, 3 ... (no rows for a behavioural scale).",
            "Clusters: themes or groups of competencies. Competencies: one row each, in a cluster.",
            "Key themes: strands of a competency (rating scales); most frameworks leave this sheet empty.",
            "Indicators: one row per behaviour, in order, naming its competency, and its level unless it applies at"
                    + " every level.",
            "Roles and Requirements: optional role profiles and the level of each competency they need.",
            "",
            "IDs are lower-case words joined by '-' (or '.'), e.g. self-belief or self-belief.level-1.01. Keep an"
                    + " existing ID unchanged: evidence refers to it for years. Give a new row a new ID.",
            "Cells that hold a list (organisations, level IDs, skills, features, notes, next role IDs) have one value"
                    + " per line: press Alt+Enter for a new line in a cell.",
            "Keep the header rows and the sheet names; you may add columns or sheets of your own, which the import"
                    + " ignores.",
            "The import checks everything and names the sheet, row and column of each problem; nothing is imported"
                    + " until there are none.");

    private XlsxWriter() {
    }

    static XSSFWorkbook workbook(List<TemplateWriter.SheetData> sheets) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        about(workbook, styles);
        for (TemplateWriter.SheetData data : sheets) {
            sheet(workbook, styles, data);
        }
        return workbook;
    }

    private static void about(XSSFWorkbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet("About");
        sheet.setColumnWidth(0, 120 * 256);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Pathway competency framework template");
        title.setCellStyle(styles.header);
        for (int i = 0; i < ABOUT.size(); i++) {
            Cell cell = sheet.createRow(i + 1).createCell(0);
            cell.setCellValue(ABOUT.get(i));
            cell.setCellStyle(styles.wrapped);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, TemplateWriter.SheetData data) {
        TemplateLayout.Sheet layout = data.sheet();
        Sheet sheet = workbook.createSheet(layout.name());
        Row header = sheet.createRow(0);
        for (int c = 0; c < layout.columns().size(); c++) {
            TemplateLayout.Column column = layout.columns().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, column.width() * 256);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = data.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.wrapped);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (layout != TemplateLayout.FRAMEWORK) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, data.rows().size()), 0,
                    layout.columns().size() - 1));
        } else {
            frameworkChoices(sheet, data);
        }
        for (int c = 0; c < layout.columns().size(); c++) {
            TemplateLayout.Column column = layout.columns().get(c);
            if (!column.choices().isEmpty()) {
                dropDown(sheet, column.choices(), new CellRangeAddressList(1, data.rows().size() + EDITABLE_ROWS, c, c));
            }
        }
    }

    /** The Framework sheet is field and value: only the Scale kind row gets a drop-down. */
    private static void frameworkChoices(Sheet sheet, TemplateWriter.SheetData data) {
        for (int r = 0; r < data.rows().size(); r++) {
            TemplateLayout.Column field = TemplateLayout.FRAMEWORK_FIELDS.get(r);
            if (!field.choices().isEmpty()) {
                dropDown(sheet, field.choices(), new CellRangeAddressList(r + 1, r + 1, 1, 1));
            }
        }
    }

    private static void dropDown(Sheet sheet, List<String> choices, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Choose from the list", "Expected one of " + String.join(", ", choices));
        sheet.addValidationData(validation);
    }

    /** A workbook's few cell styles, created once: Excel limits how many a workbook may have. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
