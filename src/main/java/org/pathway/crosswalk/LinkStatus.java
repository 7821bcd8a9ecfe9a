package org.pathway.crosswalk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Where a link stands in review: suggested by Pathway, agreed or rejected by an admin. Only agreed links carry evidence. */
public enum LinkStatus {
    SUGGESTED,
    AGREED,
    REJECTED;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LinkStatus of(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of suggested, agreed, rejected, found '"
                        + word + "'"));
    }
}
