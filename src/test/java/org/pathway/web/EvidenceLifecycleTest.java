package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.pathway.people.EvidenceKey;
import org.pathway.people.EvidenceRepository;
import org.pathway.people.PeopleChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An employee and their manager go through the whole evidence cycle over the API, every step audited. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EvidenceLifecycleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AuditRepository audit;

    @Autowired
    private EvidenceRepository evidence;

    @Autowired
    private ApplicationEvents events;

    private JsonNode json(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        return JSON.readTree(request.exchange().getResponse().getContentAsString());
    }

    @Test
    void recordedByTheEmployeeValidatedByTheManagerChangedNoMoreAndAuditedThroughout() throws Exception {
        String draft = """
                {"competencyId": "making-effective-decisions", "indicatorId": "making-effective-decisions.level-2.01",
                 "observedOn": "2026-09-14", "example": "Chaired the options appraisal for the depot."}""";
        JsonNode recorded = json(mvc.post().uri("/api/employees/am-red-flag/evidence")
                .with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON).content(draft));
        String id = recorded.get("id").asString();
        assertThat(recorded.get("status").asString()).isEqualTo("CLAIMED");
        assertThat(recorded.get("source").asString()).isEqualTo("MANAGER");

        JsonNode validated = json(mvc.post().uri("/api/employees/am-red-flag/evidence/" + id + "/decision")
                .with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"VALIDATED\"}"));
        assertThat(validated.get("status").asString()).isEqualTo("VALIDATED");
        assertThat(validated.get("validatedBy").asString()).isEqualTo("daniel");

        assertThat(mvc.put().uri("/api/employees/am-red-flag/evidence/" + id).with(httpBasic("daniel", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(draft)).hasStatus(409)
                .bodyText().contains("only claimed evidence can be changed; this is VALIDATED");

        assertThat(audit.findByEmployeeIdOrderById("am-red-flag")).filteredOn(e -> e.getEntityId().equals(id))
                .extracting(e -> e.getAction() + " by " + e.getActor())
                .containsExactly("CREATE by daniel", "VALIDATE by daniel");
        assertThat(events.stream(PeopleChanged.class)).as("each change announced, the refused one not")
                .containsExactly(PeopleChanged.of("am-red-flag"), PeopleChanged.of("am-red-flag"));
        assertThat(audit.findByEmployeeIdOrderById("am-red-flag").stream()
                .filter(e -> e.getAction().equals("VALIDATE")).findFirst().orElseThrow().getBeforeState())
                .contains("\"status\":\"CLAIMED\"");
    }

    @Test
    void aManagerRejectsWithAReasonAndTheEmployeeCannotValidateTheirOwn() throws Exception {
        String draft = """
                {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-3.01",
                 "source": "SELF", "observedOn": "2026-08-03"}""";
        String id = json(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(draft)).get("id").asString();

        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence/" + id + "/decision")
                .with(httpBasic("hannah", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"VALIDATED\"}")).hasStatus(403);
        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence/" + id + "/decision")
                .with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"REJECTED\"}")).hasStatus(400).bodyText().contains("\"field\":\"reason\"");
        JsonNode rejected = json(mvc.post().uri("/api/employees/am-ready-now/evidence/" + id + "/decision")
                .with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"REJECTED\", \"reason\": \"The example is from before the role.\"}"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");

        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + id).with(httpBasic("hannah", "pathway-demo")))
                .as("a rejection stays on her record").hasStatus(403);
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + id).with(httpBasic("admin", "pathway-demo")))
                .hasStatus(204);
        assertThat(evidence.findById(new EvidenceKey("am-ready-now", id))).isEmpty();
        assertThat(audit.findByEmployeeIdOrderById("am-ready-now")).filteredOn(e -> e.getEntityId().equals(id))
                .extracting(e -> e.getAction()).containsExactly("CREATE", "REJECT", "DELETE");
    }

    @Test
    void validatedEvidenceChangesTheVerdict() throws Exception {
        // am-red-flag reports to Daniel, who records and validates three Level 2 commercial behaviours he saw; the
        // readiness is asked for today, when the evidence is recorded (an earlier date would not know of it)
        JsonNode before = json(mvc.get().uri("/api/employees/am-red-flag/readiness?target=service-manager")
                .with(httpBasic("admin", "pathway-demo")));
        int scoreBefore = before.get("score").asInt();
        for (String indicator : new String[] {"achieving-commercial-outcomes.level-2.01",
            "achieving-commercial-outcomes.level-2.02", "achieving-commercial-outcomes.level-2.03"}) {
            String id = json(mvc.post().uri("/api/employees/am-red-flag/evidence").with(httpBasic("daniel", "pathway-demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"competencyId": "achieving-commercial-outcomes", "indicatorId": "%s",
                             "source": "MANAGER", "observedOn": "2026-10-20"}""".formatted(indicator))).get("id").asString();
            mvc.post().uri("/api/employees/am-red-flag/evidence/" + id + "/decision").with(httpBasic("daniel", "pathway-demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VALIDATED\"}").exchange();
        }
        JsonNode after = json(mvc.get().uri("/api/employees/am-red-flag/readiness?target=service-manager")
                .with(httpBasic("admin", "pathway-demo")));

        assertThat(after.get("score").asInt()).isGreaterThan(scoreBefore);
    }

    @Test
    void anAdminErasesAnEmployeeAndTheErasureIsAuditedWithoutTheirData() throws Exception {
        assertThat(mvc.get().uri("/api/employees/am-insufficient/export").with(httpBasic("admin", "pathway-demo")))
                .hasStatusOk().bodyText().contains("\"evidence\"");

        assertThat(mvc.delete().uri("/api/employees/am-insufficient").with(httpBasic("admin", "pathway-demo")))
                .hasStatus(204);

        assertThat(mvc.get().uri("/api/employees/am-insufficient").with(httpBasic("admin", "pathway-demo"))).hasStatus(404);
        assertThat(evidence.findByEmployeeIdOrderByEvidenceId("am-insufficient")).isEmpty();
        assertThat(audit.findByEmployeeIdOrderById("am-insufficient")).last()
                .satisfies(e -> assertThat(e.getAction() + " by " + e.getActor()).isEqualTo("ERASE by admin"));
        assertThat(audit.findByEmployeeIdOrderById("am-insufficient")).allSatisfy(e -> {
            assertThat(e.getBeforeState() == null || e.getBeforeState().equals("[erased]")).isTrue();
            assertThat(e.getAfterState() == null || e.getAfterState().equals("[erased]")).isTrue();
        });
    }
}
