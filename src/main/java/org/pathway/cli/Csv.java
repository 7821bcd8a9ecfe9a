package org.pathway.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines: fields quoted when they hold a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static String line(List<?> fields) {
        return fields.stream().map(f -> quote(f == null ? "" : String.valueOf(f))).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
