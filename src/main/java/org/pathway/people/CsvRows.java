package org.pathway.people;

import org.pathway.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses RFC 4180 CSV text with a header line into rows keyed by column name (line numbers kept for errors). */
final class CsvRows {

    /** One data row: its line number in the file (the header is line 1) and its cells by column. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private CsvRows() {
    }

    static List<Row> parse(String text, List<String> required, List<InvalidRequestException.FieldError> errors) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            errors.add(new InvalidRequestException.FieldError("line 1", "expected a header line " + required));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new InvalidRequestException.FieldError("line 1", "expected a column '" + column + "'"));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                errors.add(new InvalidRequestException.FieldError("line " + (r + 1), "expected " + header.size()
                        + " fields, found " + record.size()));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row(r + 1, cells));
        }
        return rows;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
