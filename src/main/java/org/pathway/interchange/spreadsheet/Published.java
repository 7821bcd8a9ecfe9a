package org.pathway.interchange.spreadsheet;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A framework's publication date as the template's Published cell gives it. Spreadsheet programs turn "2020-06" into
 * a date ("Jun-20", "01/06/2020") when a cell is retyped or a CSV opened, so those forms are read back as yyyy-mm;
 * anything else is passed on for the schema to refuse in words.
 */
final class Published {

    private static final List<DateTimeFormatter> MONTHS = java.util.stream.Stream.of(
                    "MMM-yy", "MMM yyyy", "MMMM yyyy", "MM/yyyy", "dd/MM/yyyy", "yyyy-MM-dd")
            .map(pattern -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH))
            .toList();

    private Published() {
    }

    static String normalise(String text) {
        if (text == null || text.matches("[0-9]{4}(-[0-9]{2})?")) {
            return text;
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(text, format).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return text;
    }
}
