package org.pathway.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathway.problem.Field;

/**
 * A protected characteristic as the council records it, with its fixed vocabulary: each value's code (as files and the
 * API write it) and its words (as reports show it). "Prefer not to say" is a value of every characteristic; a person
 * with no value recorded is "not recorded". Special category data: see {@link ProtectedCharacteristics}.
 */
public enum Characteristic implements Field {
    SEX("sex", "Sex", "female", "Female", "male", "Male"),
    AGE_BAND("ageBand", "Age band", "16-24", "16 to 24", "25-34", "25 to 34", "35-44", "35 to 44", "45-54", "45 to 54",
            "55-64", "55 to 64", "65-plus", "65 and over"),
    ETHNIC_GROUP("ethnicGroup", "Ethnic group", "asian", "Asian or Asian British", "black",
            "Black, Black British, Caribbean or African", "mixed", "Mixed or multiple ethnic groups", "white", "White",
            "other", "Other ethnic group"),
    DISABILITY("disability", "Disability", "disabled", "Disabled", "not-disabled", "Not disabled"),
    RELIGION("religion", "Religion or belief", "no-religion", "No religion", "christian", "Christian", "buddhist",
            "Buddhist", "hindu", "Hindu", "jewish", "Jewish", "muslim", "Muslim", "sikh", "Sikh", "other",
            "Any other religion"),
    SEXUAL_ORIENTATION("sexualOrientation", "Sexual orientation", "heterosexual", "Heterosexual or straight",
            "gay-or-lesbian", "Gay or lesbian", "bisexual", "Bisexual", "other", "Other sexual orientation");

    /** The value every characteristic has for someone who chose not to say. */
    public static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";
    /** The group of people with no value recorded, as reports name it (not a value anyone records). */
    public static final String NOT_RECORDED = "not-recorded";

    private final String property;
    private final String words;
    private final Map<String, String> vocabulary = new LinkedHashMap<>();

    Characteristic(String property, String words, String... codesAndWords) {
        this.property = property;
        this.words = words;
        for (int i = 0; i < codesAndWords.length; i += 2) {
            vocabulary.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        vocabulary.put(PREFER_NOT_TO_SAY, "Prefer not to say");
    }

    @Override
    public String property() {
        return property;
    }

    /** The characteristic as reports name it. */
    public String words() {
        return words;
    }

    /** The codes a value may take, in the order reports list them. */
    public List<String> codes() {
        return List.copyOf(vocabulary.keySet());
    }

    public boolean allows(String code) {
        return vocabulary.containsKey(code);
    }

    /** A value's words; the group of people with none recorded is "Not recorded". */
    public String wordsFor(String code) {
        return NOT_RECORDED.equals(code) ? "Not recorded" : vocabulary.getOrDefault(code, code);
    }
}
