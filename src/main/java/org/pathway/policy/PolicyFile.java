package org.pathway.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a policy file ({@code rules/policy/policy.json}): strict JSON, checked against {@code policy.schema.json} and
 * bound to an immutable {@link Policy}. A value out of range, a key missing or unknown, or a file that is not JSON is
 * refused with the file, the JSON pointer (or line and column) and what is allowed there.
 */
public final class PolicyFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where the policy file is in a rules folder. */
    public static final String IN_RULES = "policy/policy.json";

    private PolicyFile() {
    }

    /** The policy of a rules folder: its {@value #IN_RULES}. */
    public static Path of(Path rulesFolder) {
        return rulesFolder.resolve(IN_RULES);
    }

    /** The policy in {@code file}, or empty with every problem added. */
    public static Optional<Policy> read(Path file, List<DatasetProblem> problems) {
        String name = JsonDocuments.displayName(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new DatasetProblem(name, "", "expected the policy values file (JSON, described by "
                    + PolicySchema.FILE + ")"));
            return Optional.empty();
        }
        try {
            return parse(name, Files.readString(file), problems);
        } catch (IOException e) {
            problems.add(new DatasetProblem(name, "", "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The policy in {@code text}, named {@code name} in problems (a stored version, a form's proposal). */
    public static Optional<Policy> parse(String name, String text, List<DatasetProblem> problems) {
        List<DatasetProblem> found = new ArrayList<>();
        Optional<Policy> policy = JsonDocuments.readTree(name, text.getBytes(StandardCharsets.UTF_8), found)
                .flatMap(tree -> JsonDocuments.bind(name, "", tree, PolicySchema.FILE, Policy.class, found));
        found.forEach(p -> problems.add(withAllowed(p)));
        return policy;
    }

    /**
     * A policy's JSON laid out as the shipped file is ({@code "key": value}, lists on one line, two spaces a level),
     * so that a version made from a form or the API differs from the last only on the lines of the values changed.
     */
    public static String text(JsonNode policy) {
        StringBuilder text = new StringBuilder();
        write(policy, "", text);
        return text.append('\n').toString();
    }

    private static void write(JsonNode node, String indent, StringBuilder text) {
        if (node.isObject() && !node.isEmpty()) {
            text.append("{\n");
            List<String> names = new ArrayList<>(node.propertyNames());
            for (int i = 0; i < names.size(); i++) {
                text.append(indent).append("  ").append(JSON.writeValueAsString(names.get(i))).append(": ");
                write(node.get(names.get(i)), indent + "  ", text);
                text.append(i < names.size() - 1 ? ",\n" : "\n");
            }
            text.append(indent).append('}');
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(JSON.writeValueAsString(item)));
            text.append('[').append(String.join(", ", items)).append(']');
        } else {
            text.append(JSON.writeValueAsString(node));
        }
    }

    private static DatasetProblem withAllowed(DatasetProblem problem) {
        if (problem.message().startsWith("malformed JSON")) {
            return problem;
        }
        return new DatasetProblem(problem.file(), problem.pointer(), problem.message() + " (allowed: "
                + PolicySchema.shipped().allowedAt(problem.pointer()) + ")");
    }
}
