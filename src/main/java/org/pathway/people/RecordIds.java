package org.pathway.people;

import java.util.regex.Pattern;
import org.pathway.problem.Quotes;

/**
 * The ids of employees and their evidence: letters, digits, dots, hyphens and underscores, at most 64, starting with a
 * letter or digit. Nothing that could join two ids into a third (a colon or a slash) or reach another path.
 */
final class RecordIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RecordIds() {
    }

    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String expected(String id) {
        return "expected an id of letters, digits, '.', '-' or '_' (at most 64, starting with a letter or digit), found "
                + (id == null ? "none" : Quotes.shortQuote(id));
    }
}
