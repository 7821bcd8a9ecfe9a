package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence a verdict rests on cannot be forged, deleted or overwritten by the wrong person: its source follows
 * from who records it, only its recorder's line or an admin removes what others recorded, a decision is made once,
 * imports never overwrite, and an evidence id cannot reach another employee's evidence. Hannah (am-ready-now) reports
 * to Daniel (am-ready-1-2).
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceIntegrityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "pathway-demo";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AuditRepository audit;

    private MockMvcTester.MockMvcRequestBuilder record(String user, String employeeId, String source, String extra) {
        return mvc.post().uri("/api/employees/" + employeeId + "/evidence").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         %s "observedOn": "2026-10-01", "example": "Cleared the planning backlog."%s}"""
                        .formatted(source == null ? "" : "\"source\": \"" + source + "\",", extra));
    }

    private String recorded(String user, String employeeId, String source, String extra) throws Exception {
        var result = record(user, employeeId, source, extra).exchange();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return JSON.readTree(result.getResponse().getContentAsString()).get("id").asString();
    }

    private MockMvcTester.MockMvcRequestBuilder decide(String user, String employeeId, String evidenceId, String body) {
        return mvc.post().uri("/api/employees/" + employeeId + "/evidence/" + evidenceId + "/decision")
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static final String VALIDATE = "{\"decision\": \"VALIDATED\"}";
    private static final String REJECT = "{\"decision\": \"REJECTED\", \"reason\": \"Not what the behaviour asks.\"}";

    // 1. Self-certification

    @Test
    void anEmployeeCannotRecordHerOwnBehaviourAsAnAssessorsObservation() {
        for (String source : List.of("MANAGER", "ASSESSMENT", "QUALIFICATION", "ACTIVITY")) {
            assertThat(record("hannah", "am-ready-now", source, "")).as(source).hasStatus(403).bodyText()
                    .contains("\"field\":\"source\"");
        }
    }

    @Test
    void theSourceFollowsFromWhoRecords() throws Exception {
        JsonNode own = JSON.readTree(record("hannah", "am-ready-now", null, "").exchange().getResponse()
                .getContentAsString());
        JsonNode managers = JSON.readTree(record("daniel", "am-ready-now", null, "").exchange().getResponse()
                .getContentAsString());

        assertThat(own.get("source").asString()).isEqualTo("SELF");
        assertThat(own.get("recordedBy").asString()).isEqualTo("hannah");
        assertThat(managers.get("source").asString()).isEqualTo("MANAGER");
        assertThat(managers.get("recordedBy").asString()).isEqualTo("daniel");
        assertThat(record("daniel", "am-ready-now", "SELF", "")).as("a manager cannot speak for his report")
                .hasStatus(403);
        assertThat(record("admin", "am-ready-now", "MANAGER", "")).as("an admin records assessments, not observations")
                .hasStatus(403);
        assertThat(record("admin", "am-ready-now", "ASSESSMENT", "")).hasStatus(201);
    }

    @Test
    void aPeerClaimSaysWhoThePeerIs() {
        assertThat(record("hannah", "am-ready-now", "PEER_360", "")).hasStatus(400).bodyText()
                .contains("\"field\":\"observedBy\"");
        assertThat(record("hannah", "am-ready-now", "PEER_360", ", \"observedBy\": \"Priya Patel, Housing Strategy\""))
                .hasStatus(201).bodyJson().extractingPath("$.observedBy").isEqualTo("Priya Patel, Housing Strategy");
    }

    // 2. Deleting or changing what others recorded

    @Test
    void anEmployeeCannotDeleteOrChangeWhatHerManagerRecordedOrDecided() throws Exception {
        // ev-01 is a validated observation of Hannah by her manager
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/ev-01").with(httpBasic("hannah", PASSWORD)))
                .hasStatus(403);
        String flag = recorded("daniel", "am-ready-now", null, "");
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + flag).with(httpBasic("hannah", PASSWORD)))
                .hasStatus(403);
        String rejected = recorded("hannah", "am-ready-now", null, "");
        decide("daniel", "am-ready-now", rejected, REJECT).exchange();
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + rejected)
                .with(httpBasic("hannah", PASSWORD))).as("rejected evidence stays on the record").hasStatus(403);
    }

    @Test
    void theRecordersLineOrAnAdminRemovesEvidenceAndTheRemovalIsAudited() throws Exception {
        String claim = recorded("hannah", "am-ready-now", null, "");
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + claim).with(httpBasic("hannah", PASSWORD)))
                .as("her own claim, still claimed").hasStatus(204);
        String observation = recorded("daniel", "am-ready-now", null, "");
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/" + observation)
                .with(httpBasic("daniel", PASSWORD))).hasStatus(204);
        assertThat(mvc.delete().uri("/api/employees/am-ready-now/evidence/ev-02").with(httpBasic("admin", PASSWORD)))
                .hasStatus(204);

        assertThat(audit.findByEmployeeIdOrderById("am-ready-now")).filteredOn(e -> e.getAction().equals("DELETE"))
                .extracting(e -> e.getEntityId() + " by " + e.getActor())
                .contains(claim + " by hannah", observation + " by daniel", "ev-02 by admin");
    }

    // 3. Decisions are a state machine

    @Test
    void aSecondDecisionIsAConflict() throws Exception {
        String claim = recorded("hannah", "am-ready-now", null, "");
        assertThat(decide("daniel", "am-ready-now", claim, VALIDATE)).hasStatusOk();

        assertThat(decide("daniel", "am-ready-now", claim, VALIDATE)).hasStatus(409);
        assertThat(decide("daniel", "am-ready-now", claim, REJECT)).hasStatus(409).bodyText()
                .contains("already VALIDATED");
    }

    @Test
    void concurrentDecisionsOnOneItemGiveOneWinnerAndConflictsNeverAServerError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String claim = recorded("hannah", "am-ready-now", null, "");
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String body = i % 2 == 0 ? VALIDATE : REJECT;
                    Callable<Integer> call = () -> decide("daniel", "am-ready-now", claim, body).exchange()
                            .getResponse().getStatus();
                    answers.add(pool.submit(call));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round " + round).containsOnly(200, 409).containsOnlyOnce(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // 4. Imports never overwrite

    @Test
    void anImportCannotOverwriteStoredEvidence() {
        String csv = "employee_id,evidence_id,competency_id,indicator_id,source,status,observed_on\n"
                + "am-ready-now,ev-01,delivering-at-pace,delivering-at-pace.level-2.01,SELF,CLAIMED,2026-10-01\n";

        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(csv)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 evidence_id\"", "already stored");
        assertThat(mvc.get().uri("/api/employees/am-ready-now/evidence").with(httpBasic("admin", PASSWORD)))
                .bodyJson().extractingPath("$[?(@.id == 'ev-01')].source").asArray().containsExactly("MANAGER");
    }

    // 5. An evidence id cannot reach another employee's evidence

    @Test
    void idsThatCouldJoinAnotherEmployeesKeyAreRefusedAtImport() {
        String staff = "employee_id,name,framework_id,current_role_id,contracted_hours\n"
                + "am-red-flag:2,Someone Else,ashfield-mansfield,officer,37\n";
        String evidence = "employee_id,evidence_id,competency_id,indicator_id,source,status,observed_on\n"
                + "am-ready-now,2:ev-1,delivering-at-pace,delivering-at-pace.level-2.01,SELF,CLAIMED,2026-10-01\n";

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(staff)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 employee_id\"");
        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(evidence)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 evidence_id\"");
    }

    @Test
    void evidenceIsFoundByItsEmployeeAndItsIdNotByAJoinedString() throws Exception {
        String claim = recorded("hannah", "am-ready-now", null, "");
        // Daniel manages Hannah and am-red-flag: "am-red-flag" + ":" + "x" must not reach anyone else's evidence
        assertThat(decide("daniel", "am-red-flag", "am-ready-now:" + claim, VALIDATE)).hasStatus(404);
        assertThat(decide("daniel", "am-ready", "now:" + claim, VALIDATE)).hasStatus(404);
        assertThat(mvc.get().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", PASSWORD)))
                .bodyJson().extractingPath("$[?(@.id == '" + claim + "')].status").asArray().containsExactly("CLAIMED");
    }
}
