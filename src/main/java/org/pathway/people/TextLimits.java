package org.pathway.people;

import java.time.LocalDate;
import java.util.List;
import org.pathway.problem.Field;
import org.pathway.problem.FieldProblem;

/**
 * The lengths and dates a record's fields may have, checked before anything reaches the database: a refused value is
 * a problem in words, never a database error.
 */
public final class TextLimits {

    static final int ID = 64;
    static final int NAME = 200;
    static final int UNIT = 100;
    static final int REASON = 1000;
    public static final int EXAMPLE = 4000;
    /** No evidence or record in a council's HR system predates this. */
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private TextLimits() {
    }

    static void check(Field field, String text, int longest, List<FieldProblem> problems) {
        if (text != null && text.length() > longest) {
            problems.add(new FieldProblem(field, "expected at most " + longest + " characters, found "
                    + text.length()));
        }
    }

    static void date(Field field, LocalDate date, List<FieldProblem> problems) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problems.add(new FieldProblem(field, "expected a date from " + EARLIEST + ", found " + date));
        }
    }
}
