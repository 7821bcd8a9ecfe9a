package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.people.EmployeeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One error contract: the API answers problem details, the pages answer pages; bad input is a 400 naming the field,
 * never a 500; nothing long is echoed back and no Java type is named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorContractTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private EmployeeRepository employees;

    private MvcTestResult page(String username, String path) {
        return mvc.get().uri(path).accept(MediaType.TEXT_HTML).with(user(users.loadUserByUsername(username))).exchange();
    }

    @ParameterizedTest
    @CsvSource({"hannah, /me?target=nope, 404", "hannah, /frameworks/nope, 404",
        "lnd, /training-needs?unit=a/b/c/d, 400", "lnd, /training-needs?by=county, 400",
        "planner, /succession?unit=a/b/c/d, 400"})
    void aBrowserGetsAnErrorPageNotJson(String username, String path, int status) {
        MvcTestResult result = page(username, path);

        assertThat(result).hasStatus(status);
        assertThat(result).contentType().isCompatibleWith(MediaType.TEXT_HTML);
        assertThat(result).bodyText().contains("<html").doesNotContain("\"status\"");
    }

    @ParameterizedTest
    @CsvSource({"/api/tna?unit=a/b/c/d, lnd, unit", "/api/succession?unit=a/b/c/d, planner, unit"})
    void aBadQueryIsAProblemNamingTheParameter(String path, String username, String field) {
        assertThat(mvc.get().uri(path).with(httpBasic(username, "pathway-demo"))).hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyText().contains("\"field\":\"" + field + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a 300-character name        | name,framework_id,current_role_id,contracted_hours | %s,ashfield-mansfield,officer,37 | name
            hours that are not a number | name,framework_id,current_role_id,contracted_hours | Jo,ashfield-mansfield,officer,NaN | contracted_hours
            infinite hours              | name,framework_id,current_role_id,contracted_hours | Jo,ashfield-mansfield,officer,Infinity | contracted_hours
            ten billion hours           | name,framework_id,current_role_id,contracted_hours | Jo,ashfield-mansfield,officer,1e10 | contracted_hours
            negative hours              | name,framework_id,current_role_id,contracted_hours | Jo,ashfield-mansfield,officer,-5 | contracted_hours
            a manager nobody knows      | name,framework_id,current_role_id,contracted_hours,manager_id | Jo,ashfield-mansfield,officer,37,nobody-at-all | manager_id
            managing themselves         | name,framework_id,current_role_id,contracted_hours,manager_id | Jo,ashfield-mansfield,officer,37,err-self | manager_id
            """)
    void badEmployeeRowsAreRefusedNamingTheColumn(String what, String columns, String row, String column) {
        String csv = "employee_id," + columns + "\nerr-self," + row.formatted("N".repeat(300)) + "\n";

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(csv)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 " + column + "\"");
        assertThat(employees.existsById("err-self")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a rejection reason of 1,001 characters | rejection_reason | REJECTED,2026-06-01,am-ready-1-2,2026-06-02,%s,
            an example of 4,001 characters         | example          | CLAIMED,2026-06-01,,,,%s
            the year -999999999                    | observed_on      | CLAIMED,-999999999-06-01,,,,
            """)
    void badEvidenceRowsAreRefusedNamingTheColumn(String what, String column, String tail) {
        String csv = "employee_id,evidence_id,competency_id,indicator_id,source,status,observed_on,validated_by,"
                + "validated_on,rejection_reason,example\nam-red-flag,err-1,delivering-at-pace,"
                + "delivering-at-pace.level-2.01,MANAGER," + tail.formatted("r".repeat(column.equals("example") ? 4001
                        : 1001)) + "\n";

        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(csv)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 " + column + "\"");
    }

    @Test
    void aLongRejectionReasonOverTheApiIsA400() throws Exception {
        String id = new tools.jackson.databind.json.JsonMapper().readTree(mvc.post()
                .uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "observedOn": "2026-10-01"}""").exchange().getResponse().getContentAsString())
                .get("id").asString();

        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence/" + id + "/decision")
                .with(httpBasic("daniel", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"REJECTED\", \"reason\": \"" + "r".repeat(1001) + "\"}"))
                .hasStatus(400).bodyText().contains("\"field\":\"reason\"");
    }

    @Test
    void aRefusedValueIsNeverEchoedInFullNorAJavaTypeNamed() throws Exception {
        String huge = "x".repeat(500_000);
        MvcTestResult tooLong = mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "observedOn": "2026-10-01", "example": "%s"}""".formatted(huge)).exchange();
        MvcTestResult wrongType = mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "observedOn": "%s"}""".formatted(huge)).exchange();

        assertThat(tooLong).hasStatus(400);
        assertThat(tooLong.getResponse().getContentAsString()).hasSizeLessThan(2_000);
        assertThat(wrongType).hasStatus(400).bodyText().contains("\"field\":\"observedOn\"", "a date yyyy-mm-dd")
                .doesNotContain("java.", "LocalDate");
        assertThat(wrongType.getResponse().getContentAsString()).hasSizeLessThan(2_000);
    }

    @Test
    void aFormPostOnAPageThatFailsShowsAPage() {
        assertThat(mvc.post().uri("/team/am-ready-now/evidence/no-such-evidence").param("decision", "VALIDATED")
                .with(csrf()).with(user(users.loadUserByUsername("daniel"))).accept(MediaType.TEXT_HTML))
                .hasStatus(404).bodyText().contains("<html");
    }
}
