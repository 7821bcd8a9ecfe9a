package org.pathway.api;

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
            """)
    void eachRoleReachesOnlyWhatItShould(String method, String path, String user, int status) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(path).with(httpBasic(user, PASSWORD));
        if (method.equals("POST") && path.endsWith("/evidence")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(EVIDENCE);
        }
        assertThat(request).hasStatus(status);
    }

    @ParameterizedTest
    @CsvSource({"/api/frameworks", "/api/employees/am-ready-now/evidence", "/api/tna"})
    void anonymousCallersAreAskedToSignIn(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(401);
        assertThat(mvc.get().uri(path).with(httpBasic("hannah", "wrong"))).hasStatus(401);
    }
}
