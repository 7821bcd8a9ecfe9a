package org.pathway.people;

import java.util.Map;

/**
 * One data row of an imported file: its cells by column name, and where it is, for problems: "line 3" and
 * "line 3 employee_id" in a CSV file, "sheet Staff, row 3" and "sheet Staff, row 3, column A (employee_id)" in a
 * workbook.
 *
 * @param columnPlaces how a cell's column is named after the row's place, by column name
 */
record ImportRow(String place, Map<String, String> cells, Map<String, String> columnPlaces) {

    String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String at() {
        return place;
    }

    String at(String column) {
        return place + columnPlaces.getOrDefault(column, " " + column);
    }
}
