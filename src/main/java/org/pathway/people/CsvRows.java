package org.pathway.people;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pathway.problem.InvalidRequestException;

/**
 * Reads RFC 4180 CSV with a header line, as it arrives (Apache Commons CSV, record by record), into rows keyed by
 * column name, each with the line it starts on for error messages.
 */
final class CsvRows {

    /** One data row: the line it starts on (the header is line 1) and its cells by column. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private CsvRows() {
    }

    static List<Row> parse(Reader csv, List<String> required, List<InvalidRequestException.FieldError> errors) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (header.isEmpty()) {
                errors.add(new InvalidRequestException.FieldError("line 1", "expected a header line " + required));
                return rows;
            }
            for (String column : required) {
                if (!header.contains(column)) {
                    errors.add(new InvalidRequestException.FieldError("line 1", "expected a column '" + column + "'"));
                }
            }
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    errors.add(new InvalidRequestException.FieldError("line " + line, "expected " + header.size()
                            + " fields, found " + record.size()));
                } else {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        cells.put(header.get(c), record.get(c));
                    }
                    rows.add(new Row((int) line, cells));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new InvalidRequestException.FieldError("line " + (rows.isEmpty() ? 1 : rows.get(rows.size() - 1)
                    .line() + 1), "malformed CSV: a quoted field is not closed, or the header repeats a column"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
