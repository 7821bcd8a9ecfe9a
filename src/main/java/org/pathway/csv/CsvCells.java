package org.pathway.csv;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Cells of every CSV file Pathway writes. A spreadsheet program opening a CSV runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula (CSV injection, e.g. {@code =HYPERLINK(...)} in a name), so
 * such text is written behind an apostrophe, which the spreadsheet shows as text; a plain number ({@code -3},
 * {@code +1.5}) is left as it is. Pathway's own imports take the apostrophe off again ({@link #unguard}).
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String guard(String text) {
        return startsFormula(text) && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** One RFC 4180 line (Apache Commons CSV): each field guarded, then quoted where CSV needs it. */
    public static String line(List<?> fields) {
        return CSVFormat.RFC4180.format(fields.stream().map(f -> guard(f == null ? "" : String.valueOf(f))).toArray());
    }

    private static boolean startsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
