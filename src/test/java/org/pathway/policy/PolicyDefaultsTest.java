package org.pathway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathway.dataset.DatasetProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pathway's policy defaults are the schema's {@code default}s, stated in the rules folder's README: the README says
 * what the schema says, and the defaults together are a valid policy. The policy file in use is HR's and is not
 * compared with either, so changing one of its values keeps the build green.
 */
class PolicyDefaultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TABLE = "| key | meaning | Pathway's default |";
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| `(.+)` \\|$");

    @Test
    void theRulesReadmeStatesEachDefaultTheSchemaGives() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("rules/README.md"));
        Map<String, JsonNode> stated = new LinkedHashMap<>();
        for (int i = readme.indexOf(TABLE) + 2; i > 1 && readme.get(i).startsWith("|"); i++) {
            Matcher row = ROW.matcher(readme.get(i));
            assertThat(row.matches()).as("a row of the defaults table: " + readme.get(i)).isTrue();
            stated.put(row.group(1), JSON.readTree(row.group(2)));
        }

        Map<String, JsonNode> defaults = schemaDefaults();
        assertThat(stated.keySet()).containsExactlyElementsOf(defaults.keySet());
        defaults.forEach((key, value) -> assertThat(stated.get(key)).as(key).isEqualTo(value));
    }

    @Test
    void theDefaultsTogetherAreAValidPolicy() {
        ObjectNode policy = JSON.createObjectNode();
        schemaDefaults().forEach(policy::set);
        List<DatasetProblem> problems = new ArrayList<>();

        assertThat(PolicyFile.parse("defaults", JSON.writeValueAsString(policy), problems)).isPresent();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueHasADefault() {
        JsonNode properties = JSON.readTree(Path.of("datasets/schema/policy.schema.json").toFile()).get("properties");
        List<String> withoutDefault = new ArrayList<>();
        properties.properties().forEach(p -> {
            if (!p.getKey().equals("$schema") && !p.getValue().has("default")) {
                withoutDefault.add(p.getKey());
            }
        });
        assertThat(withoutDefault).isEmpty();
    }

    private static Map<String, JsonNode> schemaDefaults() {
        JsonNode properties = JSON.readTree(Path.of("datasets/schema/policy.schema.json").toFile()).get("properties");
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        properties.properties().forEach(p -> {
            if (p.getValue().has("default")) {
                defaults.put(p.getKey(), p.getValue().get("default"));
            }
        });
        return defaults;
    }
}
