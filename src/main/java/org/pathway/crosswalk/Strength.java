package org.pathway.crosswalk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How far evidence of one item shows the other: the policy weighs translated evidence by it. */
public enum Strength {
    EXACT,
    CLOSE,
    RELATED;

    /** The words used in files, the API and the pages' forms. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strength a word names, or an exception saying which words are allowed. */
    @JsonCreator
    public static Strength of(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of " + words() + ", found '" + word + "'"));
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Strength::word).toList();
    }
}
