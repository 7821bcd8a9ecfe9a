package org.pathway.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How pages write dates and long texts for people: "11 Feb 2026", and the first words of an example. Pages call it as {@code @words}. */
@Component("words")
public class PlainWords {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int FIRST_WORDS = 60;

    /** A date as people in a UK council write it, "11 Feb 2026"; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    /** The start of a text, cut at a word and marked with an ellipsis when longer. */
    public String firstWords(String text) {
        if (text == null || text.isBlank()) {
            return "(no description)";
        }
        String plain = text.strip();
        if (plain.length() <= FIRST_WORDS) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', FIRST_WORDS);
        return plain.substring(0, cut > 0 ? cut : FIRST_WORDS) + "...";
    }
}
