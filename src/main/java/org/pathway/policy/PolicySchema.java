package org.pathway.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each policy value means and may be, as {@code policy.schema.json} says: the labelled fields of the admin's form,
 * and the allowed values a refusal names beside the value it refuses.
 */
public final class PolicySchema {

    /** The schema file, packaged on the classpath under schema/ with the dataset schemas. */
    public static final String FILE = "policy.schema.json";

    /**
     * One value of the policy: where it is (a JSON pointer), its label, its meaning, what it may be and Pathway's
     * default for it (the schema's {@code default}, as JSON text).
     */
    public record Field(String pointer, String title, String description, String type, String allowed,
            String defaultValue) {
    }

    private static final PolicySchema SHIPPED = new PolicySchema(read());

    private final JsonNode schema;

    private PolicySchema(JsonNode schema) {
        this.schema = schema;
    }

    public static PolicySchema shipped() {
        return SHIPPED;
    }

    /** Every single value of the policy, in the schema's order: a weight per source is one field each. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        addFields("", schema, fields);
        return fields;
    }

    private void addFields(String pointer, JsonNode node, List<Field> fields) {
        addFields(pointer, node, fields, null);
    }

    /** {@code defaults}: the default of the enclosing object, where the fields of an object take theirs from. */
    private void addFields(String pointer, JsonNode node, List<Field> fields, JsonNode defaults) {
        for (var property : node.path("properties").properties()) {
            if (property.getKey().equals("$schema")) {
                continue;
            }
            JsonNode value = resolved(property.getValue());
            String at = pointer + "/" + property.getKey();
            JsonNode byDefault = defaults == null ? property.getValue().path("default")
                    : defaults.path(property.getKey());
            if (value.path("type").asString("").equals("object")) {
                addFields(at, value, fields, byDefault);
            } else {
                fields.add(new Field(at, property.getValue().path("title").asString(at),
                        property.getValue().path("description").asString(""), type(value), allowed(value),
                        byDefault.isMissingNode() ? "" : byDefault.toString()));
            }
        }
    }

    /** What the value at {@code pointer} may be, in words; for the whole document, the keys it may have. */
    public String allowedAt(String pointer) {
        JsonNode node = schema;
        for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
            JsonNode next = node.path("properties").path(step);
            if (next.isMissingNode()) {
                next = node.path("items");
            }
            if (next.isMissingNode()) {
                break;
            }
            node = resolved(next);
        }
        if (node.has("properties")) {
            return "the keys " + node.path("properties").propertyNames().stream().filter(k -> !k.equals("$schema"))
                    .collect(Collectors.joining(", "));
        }
        return allowed(node);
    }

    private JsonNode resolved(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/$defs/") ? schema.path("$defs").path(ref.substring("#/$defs/".length())) : node;
    }

    private static String type(JsonNode node) {
        if (node.has("enum") || node.path("items").has("enum")) {
            return "choice";
        }
        return node.path("type").asString("");
    }

    private static String allowed(JsonNode node) {
        String type = node.path("type").asString("");
        return switch (type) {
            case "integer" -> "a whole number " + range(node);
            case "number" -> "a number " + range(node);
            case "boolean" -> "true or false";
            case "array" -> node.path("items").has("enum")
                    ? "a list of distinct values from " + words(node.path("items").path("enum"))
                    : "a list of distinct framework ids (lower-case words joined by hyphens)";
            default -> node.has("enum") ? "one of " + words(node.path("enum")) : type;
        };
    }

    private static String range(JsonNode node) {
        String from = node.has("exclusiveMinimum") ? "above " + node.path("exclusiveMinimum").asString()
                : "from " + node.path("minimum").asString();
        return from + (node.has("exclusiveMinimum") ? " and at most " : " to ") + node.path("maximum").asString();
    }

    private static String words(JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(v -> words.add(v.asString()));
        return String.join(", ", words);
    }

    private static JsonNode read() {
        try (InputStream in = PolicySchema.class.getResourceAsStream("/schema/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("schema /schema/" + FILE + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
