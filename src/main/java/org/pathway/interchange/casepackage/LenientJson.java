package org.pathway.interchange.casepackage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reading CASE JSON as it is found in the wild: keys matched ignoring case (1.0-era and hand-made packages differ in
 * capitalisation), empty strings taken as absent, numbers accepted where strings are expected and the reverse.
 */
final class LenientJson {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

    private LenientJson() {
    }

    /** The key of {@code object} that is {@code name} ignoring case, preferring the exact spelling; null if none. */
    static String key(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        if (object.has(name)) {
            return name;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The value under {@code name} ignoring case, or null. */
    static JsonNode get(JsonNode object, String name) {
        String key = key(object, name);
        return key == null ? null : object.get(key);
    }

    /** The pointer of {@code name} under {@code pointer}, with the key as the file spells it. */
    static String pointer(String pointer, JsonNode object, String name) {
        String key = key(object, name);
        return pointer + "/" + escape(key == null ? name : key);
    }

    /** A string or number under {@code name}, stripped; null when absent, null or blank. */
    static String text(JsonNode object, String name) {
        return text(get(object, name));
    }

    static String text(JsonNode value) {
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A string exactly as written (only "" is absent): statements keep their own spacing and line breaks. */
    static String statement(JsonNode object, String name) {
        JsonNode value = get(object, name);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            return text(value);
        }
        return value.asString();
    }

    /** An integer, also from a numeric string; null otherwise. */
    static Integer integer(JsonNode object, String name) {
        JsonNode value = get(object, name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asInt();
        }
        String text = text(value);
        try {
            return text == null ? null : (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A list of strings from an array, or one string as a list of one (CASE 1.0 tools wrote single values). */
    static List<String> strings(JsonNode object, String name) {
        JsonNode value = get(object, name);
        List<String> strings = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                String text = text(v);
                if (text != null) {
                    strings.add(text);
                }
            });
        } else if (text(value) != null) {
            strings.add(text(value));
        }
        return strings;
    }

    /** The object under {@code name}, also when a tool wrapped it in an array of one; null if there is none. */
    static JsonNode object(JsonNode object, String name) {
        JsonNode value = get(object, name);
        if (value != null && value.isArray() && value.size() == 1 && value.get(0).isObject()) {
            return value.get(0);
        }
        return value != null && value.isObject() ? value : null;
    }

    /** An ISO date-time with or without offset (none means UTC), "yyyy-MM-dd HH:mm:ss", or a date; null otherwise. */
    static OffsetDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException ignored) {
            // not with an offset; try the forms without one
        }
        try {
            return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not ISO without an offset either
        }
        try {
            return LocalDateTime.parse(text, SPACED).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not the SQL-like form
        }
        try {
            return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
