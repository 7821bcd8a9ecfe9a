package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.audit.AuditRepository;
import org.pathway.people.EvidenceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bad input is a clear 4xx problem naming the field and what was expected, and changes nothing in the database. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EvidenceRepository evidence;

    @Autowired
    private AuditRepository audit;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | 400 | {"competencyId": "seeing-the-big-picture",                                                                                   | Failed to read request
            wrong type for a date     | 400 | {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.level-2.01", "source": "SELF", "observedOn": "yesterday"} | "field":"observedOn"
            unknown source            | 400 | {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.level-2.01", "source": "GOSSIP", "observedOn": "2026-10-01"} | "field":"source"
            future date               | 400 | {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.level-2.01", "source": "SELF", "observedOn": "2999-01-01"} | "field":"observedOn"
            missing competency        | 400 | {"indicatorId": "seeing-the-big-picture.level-2.01", "source": "SELF", "observedOn": "2026-10-01"} | "field":"competencyId"
            indicator of another one  | 400 | {"competencyId": "delivering-at-pace", "indicatorId": "seeing-the-big-picture.level-2.01", "source": "SELF", "observedOn": "2026-10-01"} | expected an indicator id of competency 'delivering-at-pace', found 'seeing-the-big-picture.level-2.01'
            a rating on a level scale | 400 | {"competencyId": "seeing-the-big-picture", "keyThemeId": "style", "ratingLevelId": "rating-d", "source": "SELF", "observedOn": "2026-10-01"} | "field":"ratingLevelId"
            neither kind of evidence  | 400 | {"competencyId": "seeing-the-big-picture", "source": "SELF", "observedOn": "2026-10-01"} | expected either an indicatorId or a keyThemeId with a ratingLevelId
            """)
    void badEvidenceIsRefusedNamingTheFieldAndNothingIsWritten(String what, int status, String body, String says) {
        long evidenceBefore = evidence.count();
        long auditBefore = audit.count();

        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(status).bodyText().contains(says).contains("\"status\":" + status);

        assertThat(evidence.count()).isEqualTo(evidenceBefore);
        assertThat(audit.count()).isEqualTo(auditBefore);
    }

    @ParameterizedTest
    @CsvSource({"/api/employees/nobody/evidence", "/api/employees/am-ready-now/evidence/no-such-evidence/decision"})
    void unknownIdsAreNotFound(String path) {
        assertThat(mvc.post().uri(path).with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"competencyId\": \"x\", \"indicatorId\": \"y\", \"source\": \"SELF\", \"observedOn\": \"2026-01-01\", \"decision\": \"VALIDATED\"}"))
                .hasStatus(404).bodyText().contains("\"title\":\"Not found\"");
    }

    @org.junit.jupiter.api.Test
    void anOversizedExampleIsRefused() {
        String example = "x".repeat(4001);
        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.level-2.01",
                         "source": "SELF", "observedOn": "2026-10-01", "example": "%s"}""".formatted(example)))
                .hasStatus(400).bodyText().contains("\"field\":\"example\"");
    }

    @Test
    void aNegativeNumberOfSuccessionCandidatesIsRefusedNamingTheParameter() {
        assertThat(mvc.get().uri("/api/succession?limit=-1").with(httpBasic("planner", "pathway-demo")))
                .hasStatus(400).bodyText().contains("\"field\":\"limit\"");
        assertThat(mvc.get().uri("/api/succession?limit=1").with(httpBasic("planner", "pathway-demo")))
                .hasStatusOk().bodyJson().extractingPath("$.roles[*].ranked.length()").asArray().containsOnly(1);
    }
}
