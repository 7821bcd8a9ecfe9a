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
 * column name, each named by the line it starts on (the header is line 1) for error messages.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private CsvRows() {
    }

    static List<ImportRow> parse(Reader csv, List<String> required, List<InvalidRequestException.FieldError> errors) {
        List<ImportRow> rows = new ArrayList<>();
        Map<String, String> columnPlaces = Map.of(); // a cell is named "line 3 employee_id"
        long line = 1;
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
            line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    errors.add(new InvalidRequestException.FieldError("line " + line, "expected " + header.size()
                            + " fields, found " + record.size()));
                } else {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        cells.put(header.get(c), record.get(c));
                    }
                    rows.add(new ImportRow("line " + line, cells, columnPlaces));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new InvalidRequestException.FieldError("line " + line, "malformed CSV: a quoted field is not closed, or the header repeats a column"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
