package org.pathway.interchange.spreadsheet;

import java.util.List;

/**
 * One sheet as read from a workbook or one section of a CSV file: its header row and its rows of cell text, each row
 * with the number the user sees in a spreadsheet program.
 *
 * @param place "sheet Indicators" or "section [Indicators]": how problems name where the table is
 */
record Table(String name, String place, int headerRow, List<String> headers, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The index of the column with this header, or -1. */
    int column(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (TemplateLayout.same(headers.get(i), header)) {
                return i;
            }
        }
        return -1;
    }

    /** "sheet Indicators, row 12, column C (Level ID)". */
    String place(Row row, int column) {
        return place + ", row " + row.number() + ", column " + letters(column) + " (" + headers.get(column) + ")";
    }

    String place(Row row) {
        return place + ", row " + row.number();
    }

    static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
