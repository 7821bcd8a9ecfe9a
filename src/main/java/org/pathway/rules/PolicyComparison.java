package org.pathway.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.pathway.policy.PolicySchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What differs between two versions of the policy and rules, as a reader wants it: each policy value changed, by its
 * label ("Score for ready now: 85 -> 90"), and each rule file changed, as a unified line diff.
 */
public record PolicyComparison(String from, String to, List<ValueChange> values, List<FileChange> files) {

    /** One policy value: its pointer and label, before and after ("" when absent). */
    public record ValueChange(String pointer, String label, String before, String after) {
    }

    /** One rule file added, removed or changed, with its unified diff (3 lines of context). */
    public record FileChange(String file, List<String> diff) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CONTEXT = 3;

    public static PolicyComparison of(String from, RuleSources before, String to, RuleSources after) {
        return new PolicyComparison(from, to, values(before.policy(), after.policy()), files(before, after));
    }

    public boolean isEmpty() {
        return values.isEmpty() && files.isEmpty();
    }

    private static List<ValueChange> values(String before, String after) {
        Map<String, String> was = leaves(before);
        Map<String, String> now = leaves(after);
        Map<String, String> labels = new LinkedHashMap<>();
        PolicySchema.shipped().fields().forEach(f -> labels.put(f.pointer(), f.title()));
        List<ValueChange> changes = new ArrayList<>();
        TreeSet<String> pointers = new TreeSet<>(was.keySet());
        pointers.addAll(now.keySet());
        for (String pointer : pointers) {
            if (!Objects.equals(was.get(pointer), now.get(pointer))) {
                changes.add(new ValueChange(pointer, labels.getOrDefault(pointer, pointer),
                        was.getOrDefault(pointer, ""), now.getOrDefault(pointer, "")));
            }
        }
        return changes;
    }

    /** Every value of a policy by JSON pointer; a list is one value. A text that is not JSON is one value at "". */
    private static Map<String, String> leaves(String policy) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (policy == null) {
            return leaves;
        }
        try {
            addLeaves("", JSON.readTree(policy), leaves);
        } catch (RuntimeException e) {
            leaves.put("", policy);
        }
        return leaves;
    }

    private static void addLeaves(String pointer, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(p -> {
                if (!p.getKey().equals("$schema")) {
                    addLeaves(pointer + "/" + p.getKey(), p.getValue(), leaves);
                }
            });
        } else {
            leaves.put(pointer, node.isString() ? node.asString() : node.toString());
        }
    }

    private static List<FileChange> files(RuleSources before, RuleSources after) {
        TreeSet<String> names = new TreeSet<>(before.files().keySet());
        names.addAll(after.files().keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String name : names) {
            String was = before.files().getOrDefault(name, "");
            String now = after.files().getOrDefault(name, "");
            if (!was.equals(now)) {
                List<String> old = was.lines().toList();
                changes.add(new FileChange(name, UnifiedDiffUtils.generateUnifiedDiff(name, name, old,
                        DiffUtils.diff(old, now.lines().toList()), CONTEXT)));
            }
        }
        return changes;
    }
}
