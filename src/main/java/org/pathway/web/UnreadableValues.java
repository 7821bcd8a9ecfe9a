package org.pathway.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import org.pathway.problem.Quotes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says in words what was wrong with a JSON value the API could not read: no Java types, no long quotes. */
final class UnreadableValues {

    private UnreadableValues() {
    }

    static String inWords(JacksonException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + kind(invalid.getTargetType()) + ", found " + Quotes.shortQuote(invalid.getValue());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + kind(mismatched.getTargetType());
        }
        if (e instanceof StreamReadException && e.getLocation() != null) {
            return "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
        return "expected a JSON value of the right kind";
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date yyyy-mm-dd";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object";
    }
}
