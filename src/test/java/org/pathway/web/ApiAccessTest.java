package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The access-control matrix: every endpoint against every role (demo users), including an employee asking for another
 * employee's evidence. An employee the caller may not see is a 404, as if it did not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiAccessTest {

    static final String PASSWORD = "pathway-demo";
    static final String EVIDENCE = """
            {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.level-2.01",
             "source": "SELF", "observedOn": "2026-10-01", "example": "Led the options appraisal."}""";

    @Autowired
    private MockMvcTester mvc;

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/frameworks                                   | hannah  | 200
            GET    | /api/frameworks                                   | lnd     | 200
            GET    | /api/frameworks/slough-leadership/roles           | planner | 200
            GET    | /api/frameworks/nowhere                           | admin   | 404
            GET    | /api/employees/am-ready-now                       | hannah  | 200
            GET    | /api/employees/am-ready-now                       | daniel  | 200
            GET    | /api/employees/am-ready-now                       | lnd     | 404
            GET    | /api/employees/am-ready-now                       | planner | 404
            GET    | /api/employees/am-ready-now                       | admin   | 200
            GET    | /api/employees/am-ready-now/evidence              | hannah  | 200
            GET    | /api/employees/am-red-flag/evidence               | hannah  | 404
            GET    | /api/employees/am-red-flag/evidence               | daniel  | 200
            GET    | /api/employees/am-not-yet/evidence                | daniel  | 404
            GET    | /api/employees/am-ready-now/evidence              | lnd     | 404
            GET    | /api/employees/am-ready-now/evidence              | planner | 404
            GET    | /api/employees/no-such-person/evidence            | admin   | 404
            POST   | /api/employees/am-ready-now/evidence              | hannah  | 201
            POST   | /api/employees/am-red-flag/evidence               | hannah  | 404
            POST   | /api/employees/am-ready-now/evidence              | lnd     | 404
            POST   | /api/employees/am-ready-now/evidence              | planner | 404
            POST   | /api/employees/am-not-yet/evidence                | daniel  | 404
            POST   | /api/employees/no-such-person/evidence            | admin   | 404
            POST   | /api/employees/no-such-person/evidence            | daniel  | 404
            GET    | /api/employees/am-ready-now/readiness?target=service-manager | hannah | 200
            GET    | /api/employees/am-ready-now/readiness?target=service-manager | planner | 404
            GET    | /api/employees/am-ready-1-2/paths                 | daniel  | 200
            GET    | /api/employees/am-ready-1-2/reports               | daniel  | 200
            GET    | /api/tna                                          | lnd     | 200
            GET    | /api/tna                                          | admin   | 200
            GET    | /api/tna                                          | hannah  | 403
            GET    | /api/tna                                          | daniel  | 403
            GET    | /api/tna                                          | planner | 403
            GET    | /api/succession?role=service-manager              | planner | 200
            GET    | /api/succession?role=service-manager              | lnd     | 403
            GET    | /api/succession?role=service-manager              | hannah  | 403
            POST   | /api/admin/rules/reload                           | admin   | 200
            POST   | /api/admin/rules/reload                           | daniel  | 403
            POST   | /api/admin/rules/reload                           | lnd     | 403
            GET    | /api/employees/am-ready-now/export                | hannah  | 200
            GET    | /api/employees/am-ready-now/export                | daniel  | 403
            GET    | /api/employees/am-ready-now/export                | admin   | 200
            DELETE | /api/employees/am-ready-now                       | hannah  | 403
            DELETE | /api/employees/am-ready-now                       | daniel  | 403
            DELETE | /api/employees/am-ready-now                       | lnd     | 403
            PUT    | /api/employees/am-red-flag/evidence/ev-01         | hannah  | 404
            DELETE | /api/employees/am-red-flag/evidence/ev-01         | hannah  | 404
            DELETE | /api/employees/am-red-flag/evidence/ev-01         | daniel  | 403
            POST   | /api/employees/am-red-flag/evidence/ev-01/decision | hannah | 404
            POST   | /api/employees/am-ready-now/evidence/ev-01/decision | hannah | 403
            POST   | /api/employees/am-ready-now/evidence/ev-01/decision | admin  | 403
            POST   | /api/employees/am-ready-now/evidence/ev-01/decision | lnd    | 404
            POST   | /api/employees/am-red-flag/plans                  | hannah  | 404
            POST   | /api/employees/am-red-flag/plans                  | planner | 404
            POST   | /api/admin/import/evidence                        | lnd     | 403
            POST   | /api/admin/import/evidence                        | hannah  | 403
            GET    | /api/succession                                   | admin   | 200
            GET    | /api/frameworks/slough-leadership/export?format=csv | hannah | 200
            GET    | /api/frameworks/nowhere/export?format=csv         | admin   | 404
            POST   | /api/admin/frameworks/drafts?file=empty.csv       | admin   | 400
            POST   | /api/admin/frameworks/drafts?file=empty.csv       | lnd     | 403
            POST   | /api/admin/frameworks/drafts?file=empty.csv       | hannah  | 403
            POST   | /api/admin/frameworks/drafts?file=empty.csv       | daniel  | 403
            POST   | /api/admin/frameworks/drafts?file=empty.csv       | planner | 403
            GET    | /api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000 | admin | 404
            GET    | /api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000 | planner | 403
            POST   | /api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | admin | 404
            POST   | /api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | lnd | 403
            POST   | /api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | hannah | 403
            GET    | /actuator/health                                  | hannah  | 200
            GET    | /actuator/metrics                                 | hannah  | 403
            GET    | /actuator/metrics                                 | admin   | 200
            GET    | /api/admin/policy/fields                          | admin   | 200
            GET    | /api/admin/policy/fields                          | lnd     | 403
            GET    | /api/admin/policy/versions                        | admin   | 200
            GET    | /api/admin/policy/versions                        | planner | 403
            GET    | /api/admin/policy/versions                        | hannah  | 403
            GET    | /api/admin/policy/versions/1                      | admin   | 200
            GET    | /api/admin/policy/versions/1                      | daniel  | 403
            GET    | /api/admin/policy/versions/1/compare/1            | admin   | 200
            GET    | /api/admin/policy/versions/1/compare/1            | lnd     | 403
            POST   | /api/admin/policy/preview                         | admin   | 400
            POST   | /api/admin/policy/preview                         | planner | 403
            POST   | /api/admin/policy/preview                         | daniel  | 403
            POST   | /api/admin/policy/publish                         | admin   | 400
            POST   | /api/admin/policy/publish                         | lnd     | 403
            POST   | /api/admin/policy/publish                         | hannah  | 403
            POST   | /api/admin/policy/versions/1/restore              | admin   | 400
            POST   | /api/admin/policy/versions/1/restore              | planner | 403
            GET    | /api/equality                                     | analyst | 200
            GET    | /api/equality.csv                                 | analyst | 200
            GET    | /api/equality                                     | admin   | 403
            GET    | /api/equality                                     | lnd     | 403
            GET    | /api/equality                                     | planner | 403
            GET    | /api/equality                                     | daniel  | 403
            GET    | /api/equality.csv                                 | admin   | 403
            GET    | /api/equality.csv                                 | hannah  | 403
            GET    | /api/evidence-quality                             | analyst | 200
            GET    | /api/evidence-quality                             | lnd     | 200
            GET    | /api/evidence-quality                             | admin   | 200
            GET    | /api/evidence-quality                             | planner | 403
            GET    | /api/evidence-quality                             | hannah  | 403
            GET    | /api/succession/risk?horizonMonths=24             | planner | 200
            GET    | /api/succession/risk?horizonMonths=500            | planner | 400
            GET    | /api/succession/risk                              | analyst | 403
            GET    | /api/succession                                   | analyst | 403
            GET    | /api/tna                                          | analyst | 403
            GET    | /api/employees/am-ready-now                       | analyst | 404
            GET    | /api/employees/am-ready-now/evidence              | analyst | 404
            GET    | /api/employees/am-ready-now/export                | analyst | 404
            GET    | /api/employees/am-ready-now/characteristics       | analyst | 405
            PUT    | /api/employees/am-red-flag/characteristics        | analyst | 204
            PUT    | /api/employees/am-red-flag/characteristics        | admin   | 204
            PUT    | /api/employees/am-red-flag/characteristics        | hannah  | 403
            PUT    | /api/employees/am-red-flag/characteristics        | daniel  | 403
            PUT    | /api/employees/am-red-flag/characteristics        | lnd     | 403
            PUT    | /api/employees/am-red-flag/characteristics        | planner | 403
            POST   | /api/admin/import/characteristics                 | analyst | 403
            POST   | /api/admin/import/characteristics                 | lnd     | 403
            GET    | /api/admin/crosswalks/cambridge-city/slough-leadership | admin | 200
            POST   | /api/merger?frameworks=cambridge-city,slough-leadership&into=slough-leadership | planner | 202
            POST   | /api/merger?frameworks=cambridge-city,slough-leadership&into=slough-leadership | admin | 202
            POST   | /api/merger?frameworks=cambridge-city,slough-leadership&into=slough-leadership | lnd | 403
            POST   | /api/merger?frameworks=cambridge-city,slough-leadership&into=slough-leadership | hannah | 403
            POST   | /api/merger?frameworks=cambridge-city&into=nowhere | planner | 404
            POST   | /api/merger?frameworks=cambridge-city&into=slough-leadership | planner | 400
            GET    | /api/merger/00000000-0000-0000-0000-000000000000 | planner | 404
            GET    | /api/merger/00000000-0000-0000-0000-000000000000 | lnd | 403
            GET    | /api/admin/crosswalks/cambridge-city/slough-leadership | planner | 403
            GET    | /api/admin/crosswalks/cambridge-city/slough-leadership | hannah | 403
            GET    | /api/admin/crosswalks/cambridge-city/nowhere      | admin   | 404
            PUT    | /api/admin/crosswalks/cambridge-city/slough-leadership/links | lnd | 403
            PUT    | /api/admin/crosswalks/cambridge-city/slough-leadership/links | daniel | 403
            POST   | /api/admin/crosswalks/import                      | planner | 403
            """)
    void eachRoleReachesOnlyWhatItShould(String method, String path, String user, int status) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(path).with(httpBasic(user, PASSWORD));
        if (path.endsWith("/characteristics") && method.equals("PUT")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{\"sex\": \"prefer-not-to-say\"}");
        } else if (path.contains("/import/")) {
            request = request.contentType("text/csv").content("employee_id\n");
        } else if (method.equals("POST") && path.endsWith("/evidence") || method.equals("PUT")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(EVIDENCE);
        } else if (path.endsWith("/decision")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VALIDATED\"}");
        } else if (path.startsWith("/api/admin/policy/") && method.equals("POST")) {
            // no policy, no version: refused before anything is tried or published
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        } else if (path.endsWith("/plans")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"service-manager\"}");
        }
        assertThat(request).hasStatus(status);
    }

    @org.junit.jupiter.api.Test
    void aListNamesOnlyPeopleTheCallerMaySee() {
        // Jordan Kirk (am-not-yet) reports to Hannah, who reports to Daniel: Daniel may not see him
        assertThat(mvc.get().uri("/api/employees/am-not-yet").with(httpBasic("daniel", PASSWORD))).hasStatus(404);
        assertThat(mvc.get().uri("/api/employees/am-ready-now/reports").with(httpBasic("daniel", PASSWORD)))
                .hasStatusOk().bodyText().doesNotContain("am-not-yet").doesNotContain("Jordan Kirk");
        assertThat(mvc.get().uri("/api/employees/am-ready-1-2/reports").with(httpBasic("daniel", PASSWORD)))
                .hasStatusOk().bodyText().contains("am-ready-now", "am-red-flag");
    }

    @org.junit.jupiter.api.Test
    void theProbesAnswerAnOrchestratorWithoutCredentialsAndNothingElse() {
        for (String probe : java.util.List.of("/livez", "/readyz", "/actuator/health/liveness",
                "/actuator/health/readiness")) {
            assertThat(mvc.get().uri(probe)).as(probe).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
        }
        assertThat(mvc.get().uri("/actuator/metrics")).hasStatus(401);
    }

    @org.junit.jupiter.api.Test
    void theApiDescriptionIsServedToEveryone() {
        assertThat(mvc.get().uri("/api-docs")).hasStatusOk().bodyText().contains("\"title\":\"Pathway API\"",
                "/api/employees/{employeeId}/evidence");
    }

    @org.junit.jupiter.api.Test
    void anOversizedRequestIsRefusedBeforeItIsRead() {
        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"example\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}"))
                .hasStatus(413).bodyText().contains("expected a request body of at most 2097152 bytes");
    }

    @ParameterizedTest
    @CsvSource({"/api/frameworks", "/api/employees/am-ready-now/evidence", "/api/tna"})
    void anonymousCallersAreAskedToSignIn(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(401);
        assertThat(mvc.get().uri(path).with(httpBasic("hannah", "wrong"))).hasStatus(401);
    }
}
