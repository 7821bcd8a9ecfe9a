package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readiness API's lean path (issue 13): a summary by default and the full explanation on request, and a repeated
 * question answered from what is kept for the employee's evidence and the rules in use, without touching the database,
 * until the evidence changes. Hannah (am-ready-now) reports to Daniel (am-ready-1-2).
 */
@SpringBootTest(properties = SqlSeen.INSPECTOR)
@AutoConfigureMockMvc
class ReadinessAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String READINESS = "/api/employees/am-ready-now/readiness?target=service-manager";

    @Autowired
    private MockMvcTester mvc;

    private String body(String uri, String user) throws Exception {
        var result = mvc.get().uri(uri).with(httpBasic(user, "pathway-demo")).exchange();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void theSummaryIsTheFullReportWithoutItsTextsAndUnderTwoThirdsItsSize() throws Exception {
        String summaryText = body(READINESS, "hannah");
        String fullText = body(READINESS + "&detail=full", "hannah");
        JsonNode summary = JSON.readTree(summaryText);
        JsonNode full = JSON.readTree(fullText);

        assertThat(summary.get("verdict")).isEqualTo(full.get("verdict"));
        assertThat(summary.get("score")).isEqualTo(full.get("score"));
        assertThat(ids(summary, "evidence")).isEqualTo(ids(full, "evidence")).isNotEmpty();
        assertThat(ids(summary, "missingBehaviours")).isEqualTo(ids(full, "missingBehaviours")).isNotEmpty();
        assertThat(lines(full, "evidence")).allSatisfy(line -> assertThat(line.has("about")).isTrue());
        assertThat(lines(full, "missingBehaviours")).allSatisfy(line -> assertThat(line.has("text")).isTrue());
        assertThat(full.has("rulesFired")).isTrue();
        assertThat(lines(summary, "evidence")).allSatisfy(line -> {
            assertThat(line.has("about")).isFalse();
            assertThat(line.has("example")).isFalse();
            assertThat(line.get("observedOn").asString()).isNotEmpty();
        });
        assertThat(lines(summary, "missingBehaviours")).allSatisfy(line -> assertThat(line.has("text")).isFalse());
        assertThat(summary.has("rulesFired")).isFalse();
        assertThat(summaryText.length()).as("summary %d characters, full %d", summaryText.length(), fullText.length())
                .isLessThan(fullText.length() * 2 / 3);
    }

    @Test
    void aRepeatedQuestionIsAnsweredWithoutTheDatabaseUntilTheEvidenceChanges() throws Exception {
        String first = body(READINESS, "hannah");
        SqlSeen.clear();

        assertThat(body(READINESS, "hannah")).isEqualTo(first);
        assertThat(SqlSeen.onThisThread()).as("statements besides the sign-in lookup")
                .allSatisfy(statement -> assertThat(statement.authentication()).as(statement.sql()).isTrue());

        var posted = mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("daniel", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.02",
                         "source": "MANAGER", "observedOn": "2026-10-02", "example": "Ran the depot move on time."}""")
                .exchange();
        assertThat(posted.getResponse().getStatus()).isEqualTo(201);
        String newId = JSON.readTree(posted.getResponse().getContentAsString()).get("id").asString();
        assertThat(body(READINESS, "hannah")).as("the new evidence, counted or set aside, is in the next answer")
                .isNotEqualTo(first).contains(newId);
    }

    @Test
    void anUnknownDetailIsRefusedNamingTheParameter() throws Exception {
        var result = mvc.get().uri(READINESS + "&detail=everything").with(httpBasic("hannah", "pathway-demo"))
                .exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("detail");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("summary or full", "everything");
    }

    private static List<JsonNode> lines(JsonNode report, String list) {
        return StreamSupport.stream(report.get("requirements").spliterator(), false)
                .flatMap(requirement -> StreamSupport.stream(requirement.get(list).spliterator(), false)).toList();
    }

    private static List<String> ids(JsonNode report, String list) {
        return lines(report, list).stream().map(line -> line.get("id").asString()).toList();
    }
}
