package org.pathway.problem;

import java.util.Locale;

/**
 * A field of a record as the domain names it. Checks report problems by field; each edge renders the field in its own
 * words: a JSON pointer in a dataset file, the property in an API request, the column of a CSV or spreadsheet row.
 */
public interface Field {

    /** The field's name in JSON documents and API requests (camel case, e.g. {@code indicatorId}). */
    String property();

    /** The field's name as a CSV or spreadsheet column (snake case, e.g. {@code indicator_id}). */
    default String column() {
        return property().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
