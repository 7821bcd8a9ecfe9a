package org.pathway.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pathway.policy.PolicyFile;
import org.pathway.policy.PolicySchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin's policy form: one input per value of {@code policy.schema.json}, named by its JSON pointer, filled from a
 * policy file; and the policy file's text made from what was posted. A value typed wrongly is passed on as typed, so
 * that the schema refuses it with its pointer and range, as it would in the file.
 */
final class PolicyForm {

    /** One input: the schema's field and its value now (text, or the choices ticked). */
    record Input(PolicySchema.Field field, String value, List<String> choices, List<String> ticked) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SOURCES = List.of("SELF", "MANAGER", "PEER_360", "ASSESSMENT", "QUALIFICATION",
            "ACTIVITY");

    private PolicyForm() {
    }

    /** The inputs, filled from {@code policyText} (a policy file's text). */
    static List<Input> inputs(String policyText) {
        JsonNode policy = JSON.readTree(policyText);
        List<Input> inputs = new ArrayList<>();
        for (PolicySchema.Field field : PolicySchema.shipped().fields()) {
            JsonNode value = policy.at(field.pointer());
            if (field.type().equals("choice")) {
                List<String> ticked = new ArrayList<>();
                value.forEach(v -> ticked.add(v.asString()));
                inputs.add(new Input(field, "", SOURCES, ticked));
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asString()));
                inputs.add(new Input(field, String.join(", ", items), List.of(), List.of()));
            } else {
                inputs.add(new Input(field, value.isMissingNode() ? "" : value.asString(), List.of(), List.of()));
            }
        }
        return inputs;
    }

    /** The policy file's text for the posted form (parameters named by pointer). */
    static String policyText(Map<String, String[]> posted) {
        ObjectNode policy = JSON.createObjectNode();
        for (PolicySchema.Field field : PolicySchema.shipped().fields()) {
            String[] values = posted.getOrDefault(field.pointer(), new String[0]);
            String[] path = field.pointer().substring(1).split("/");
            ObjectNode parent = policy;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            String key = path[path.length - 1];
            String text = values.length == 0 ? "" : values[0].strip();
            switch (field.type()) {
                case "boolean" -> parent.put(key, Arrays.asList(values).contains("true"));
                case "integer", "number" -> putNumber(parent, key, text);
                case "choice" -> {
                    ArrayNode ticked = parent.putArray(key);
                    Arrays.stream(values).forEach(ticked::add);
                }
                case "array" -> {
                    ArrayNode items = parent.putArray(key);
                    Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
                }
                default -> parent.put(key, text);
            }
        }
        return PolicyFile.text(policy);
    }

    private static void putNumber(ObjectNode parent, String key, String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                parent.put(key, number.longValueExact());
            } else {
                parent.put(key, number);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            parent.put(key, text);
        }
    }
}
