package org.pathway.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathway.audit.AuditRepository;
import org.pathway.policy.PolicyFile;
import org.pathway.rules.RuleFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishing a policy through the API, as HR's admin would: preview a change against the stored workforce, publish it
 * with a reason, see new verdicts stamped with the new version, compare it with the old, and restore the old. On its
 * own database and its own copy of the rules, which publishing writes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyPublishingTest {

    private static final String PASSWORD = "pathway-demo";
    private static final Path RULES = copyOfRules();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String READINESS = "/api/employees/am-ready-now/readiness?target=service-manager";

    @DynamicPropertySource
    static void ownDatabaseAndRules(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:policy-publishing-test;DB_CLOSE_DELAY=-1");
        properties.add("pathway.rules", RULES::toString);
        properties.add("pathway.policy", () -> PolicyFile.of(RULES).toString());
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AuditRepository audit;

    @Test
    @Order(1)
    void theRulesInForceAtStartAreVersionOneAndStampEveryVerdict() {
        JsonNode versions = json(get("/api/admin/policy/versions"));

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("number").asLong()).isEqualTo(1);
        assertThat(versions.get(0).get("inForce").asBoolean()).isTrue();
        assertThat(versions.get(0).get("publishedBy").asString()).isEqualTo("system");
        assertThat(json(get(READINESS)).get("decidedUnder").asString())
                .isEqualTo(versions.get(0).get("version").asString());
    }

    @Test
    @Order(2)
    void aPreviewCountsTheVerdictsThatWouldChangeAndNamesThePeopleAndTheRule() {
        JsonNode preview = json(post("/api/admin/policy/preview", "{\"policy\": " + policyWith("readyNowScore", 100)
                + "}"));

        assertThat(preview.get("basedOn").asLong()).isEqualTo(1);
        assertThat(preview.get("changes").get("values")).singleElement().satisfies(change -> {
            assertThat(change.get("pointer").asString()).isEqualTo("/readyNowScore");
            assertThat(change.get("label").asString()).isEqualTo("Score for ready now");
            assertThat(change.get("before").asString()).isEqualTo("85");
            assertThat(change.get("after").asString()).isEqualTo("100");
        });
        JsonNode impact = preview.get("impact");
        // raising the bar for ready now can only hold back people who were ready now with a score under 100
        assertThat(impact.get("transitions").propertyNames()).containsExactly("READY_NOW -> READY_IN_1_2_YEARS");
        List<JsonNode> changes = impact.get("changes").valueStream().toList();
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.get("scoreBefore").asInt()).isLessThan(100);
            assertThat(change.get("ruleAfter").asString())
                    .isEqualTo("Verdict: ready in 1-2 years when every essential gap is small and the score fair");
        });
        assertThat(impact.get("transitions").get("READY_NOW -> READY_IN_1_2_YEARS").asInt()).isEqualTo(changes.size());
        assertThat(impact.get("byUnit").valueStream().mapToInt(u -> u.get("READY_NOW -> READY_IN_1_2_YEARS").asInt())
                .sum()).isEqualTo(changes.size());
        assertThat(json(get("/api/admin/policy/versions"))).as("a preview publishes nothing").hasSize(1);
    }

    @Test
    @Order(3)
    void aValueOutOfRangeIsRefusedWithItsPointerAndRangeAndNothingChanges() {
        MvcTestResult refused = post("/api/admin/policy/publish", "{\"basedOn\": 1, \"reason\": \"typo\", \"policy\": "
                + policyWith("levelShare", 1.5) + "}");

        assertThat(refused).hasStatus(400).bodyText().contains("/levelShare", "allowed: a number above 0 and at most 1");
        assertThat(json(get("/api/admin/policy/versions"))).hasSize(1);
    }

    @Test
    @Order(4)
    void publishingWithAReasonPutsTheVersionInForceWritesItToTheFolderAndStampsNewVerdicts() throws IOException {
        MvcTestResult published = post("/api/admin/policy/publish", "{\"basedOn\": 1, \"reason\": \"Ready now means"
                + " every requirement met\", \"policy\": " + policyWith("readyNowScore", 100) + "}");

        assertThat(published).hasStatus(201);
        JsonNode version = json(published);
        assertThat(version.get("number").asLong()).isEqualTo(2);
        assertThat(version.get("publishedBy").asString()).isEqualTo("admin");
        assertThat(version.get("reason").asString()).isEqualTo("Ready now means every requirement met");
        assertThat(version.get("inForce").asBoolean()).isTrue();
        assertThat(json(get(READINESS)).get("decidedUnder").asString()).isEqualTo(version.get("version").asString());
        assertThat(JSON.readTree(Files.readString(PolicyFile.of(RULES))).get("readyNowScore").asInt()).isEqualTo(100);
        assertThat(audit.findAll()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo("PUBLISH");
            assertThat(event.getActor()).isEqualTo("admin");
            assertThat(event.getEntityId()).isEqualTo("2");
        });
    }

    @Test
    @Order(5)
    void aSecondAdminPublishingAgainstTheOldVersionGetsAConflict() {
        MvcTestResult late = post("/api/admin/policy/publish", "{\"basedOn\": 1, \"reason\": \"mine\", \"policy\": "
                + policyWith("readyNowScore", 90) + "}");

        assertThat(late).hasStatus(409).bodyText().contains("version 2", "preview the proposal again");
        assertThat(json(get("/api/admin/policy/versions")).get(0).get("number").asLong()).isEqualTo(2);
    }

    @Test
    @Order(6)
    void twoVersionsCompareByValueAndByRuleFile() {
        JsonNode comparison = json(get("/api/admin/policy/versions/1/compare/2"));

        assertThat(comparison.get("values")).singleElement().satisfies(change -> {
            assertThat(change.get("before").asString()).isEqualTo("85");
            assertThat(change.get("after").asString()).isEqualTo("100");
        });
        assertThat(comparison.get("files")).singleElement().satisfies(file -> {
            assertThat(file.get("file").asString()).isEqualTo("policy/policy.json");
            assertThat(file.get("diff").valueStream().map(JsonNode::asString))
                    .anyMatch(line -> line.startsWith("-") && line.contains("85"))
                    .anyMatch(line -> line.startsWith("+") && line.contains("100"));
        });
    }

    @Test
    @Order(7)
    void restoringTheFirstVersionPublishesItsFilesAgainAsANewVersion() {
        String first = json(get("/api/admin/policy/versions/1")).get("version").get("version").asString();

        MvcTestResult restored = post("/api/admin/policy/versions/1/restore",
                "{\"basedOn\": 2, \"reason\": \"rolled back\"}");

        assertThat(restored).hasStatus(201);
        assertThat(json(restored).get("number").asLong()).isEqualTo(3);
        assertThat(json(restored).get("reason").asString()).isEqualTo("restores version 1: rolled back");
        assertThat(json(restored).get("version").asString()).isEqualTo(first);
        assertThat(json(get(READINESS)).get("decidedUnder").asString()).isEqualTo(first);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(httpBasic("admin", PASSWORD)).exchange();
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            String body = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getStatus()).as(body).isLessThan(300);
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String policyWith(String key, Object value) {
        try {
            ObjectNode policy = (ObjectNode) JSON.readTree(Files.readString(RuleFolder.FIXTURE_POLICY));
            policy.remove("$schema");
            policy.putPOJO(key, value);
            return JSON.writeValueAsString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfRules() {
        try {
            Path rules = Files.createTempDirectory("pathway-policy-rules");
            RuleFolder.copyTo(rules);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
