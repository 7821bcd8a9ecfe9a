package org.pathway.web.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Protected characteristics as special category data: refused outside their vocabularies (by line and column, or by
 * property) and for unknown employees, with nothing half-saved; recorded and read only with an audit event that holds
 * no values; in the person's subject access; erased with them; and shown by no page or export about anyone in person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProtectedCharacteristicsTest {

    private static final String PASSWORD = "pathway-demo";
    private static final String STAFF = "employee_id,name,framework_id,current_role_id,contracted_hours,sex,age_band,"
            + "disability,expected_leaving_on\n";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UserDetailsService users;

    private int stored(String employeeId) {
        return jdbc.queryForObject("select count(*) from employee_characteristics where employee_id = ?",
                Integer.class, employeeId);
    }

    private int audited(String action, String entityId) {
        return jdbc.queryForObject("select count(*) from audit_event where entity = 'characteristics' and action = ?"
                + " and entity_id = ?", Integer.class, action, entityId);
    }

    @Test
    void unknownValuesInAnEmployeeFileAreRefusedByLineAndColumnAndNothingIsImported() {
        String csv = STAFF + "pc-1,Ann Ash,ashfield-mansfield,officer,37,female,35-44,disabled,2027-03-31\n"
                + "pc-2,Bob Birch,ashfield-mansfield,officer,37,man,35 to 44,Prefer-Not-To-Say,\n";

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(csv)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 3 sex\"", "expected one of [female, male, prefer-not-to-say], found 'man'",
                        "\"field\":\"line 3 age_band\"", "found '35 to 44'")
                .doesNotContain("line 3 disability", "line 2");
        assertThat(jdbc.queryForObject("select count(*) from employee where id in ('pc-1', 'pc-2')", Integer.class))
                .isZero();
        assertThat(stored("pc-1")).isZero();
    }

    @Test
    void anEmployeeFileWithCharacteristicsStoresThemApartAuditedWithoutTheValues() {
        String csv = STAFF + "pc-3,Cat Cedar,ashfield-mansfield,officer,37,Female,35-44,,2027-03-31\n";

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(csv)).hasStatusOk();

        assertThat(jdbc.queryForObject("select sex from employee_characteristics where employee_id = 'pc-3'",
                String.class)).isEqualTo("female");
        assertThat(jdbc.queryForObject("select expected_leaving_on from employee where id = 'pc-3'", String.class))
                .isEqualTo("2027-03-31");
        assertThat(jdbc.queryForObject("select after_state from audit_event where entity = 'characteristics'"
                + " and entity_id = 'pc-3'", String.class)).contains("SEX", "AGE_BAND").doesNotContain("female");
    }

    @Test
    void characteristicsForAnUnknownEmployeeAreRefusedByLineAndOverTheApi() {
        String csv = "employee_id,sex,religion\nam-ready-now,female,no-religion\nnobody-here,male,druid\n";

        assertThat(mvc.post().uri("/api/admin/import/characteristics").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(csv)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 3 employee_id\"", "expected a stored employee's id, found 'nobody-here'",
                        "\"field\":\"line 3 religion\"", "found 'druid'");
        assertThat(stored("am-ready-now")).isZero();

        assertThat(mvc.put().uri("/api/employees/nobody-here/characteristics").with(httpBasic("analyst", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"sex\": \"female\"}")).hasStatus(404);
        assertThat(mvc.put().uri("/api/employees/am-not-yet/characteristics").with(httpBasic("analyst", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"sex\": \"female\", \"disability\": \"yes\"}"))
                .hasStatus(400).bodyText().contains("\"field\":\"disability\"",
                        "expected one of [disabled, not-disabled, prefer-not-to-say], found 'yes'");
        assertThat(stored("am-not-yet")).isZero();
    }

    @Test
    void subjectAccessShowsThePersonTheirCharacteristicsAndErasureTakesThemAway() {
        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(STAFF + "pc-4,Dee Damson,ashfield-mansfield,officer,37,,,,\n"))
                .hasStatusOk();
        assertThat(mvc.put().uri("/api/employees/pc-4/characteristics").with(httpBasic("analyst", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"sex\": \"prefer-not-to-say\", \"religion\": \"sikh\"}"))
                .hasStatus(204);
        assertThat(audited("UPDATE", "pc-4")).isEqualTo(1);

        assertThat(mvc.get().uri("/api/employees/pc-4/export").with(httpBasic("admin", PASSWORD))).hasStatusOk()
                .bodyText().contains("\"characteristics\":{\"sex\":\"prefer-not-to-say\",\"religion\":\"sikh\"}");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'characteristics'"
                + " and action = 'READ' and employee_id = 'pc-4' and actor = 'admin'", Integer.class)).isEqualTo(1);

        assertThat(mvc.delete().uri("/api/employees/pc-4").with(httpBasic("admin", PASSWORD))).hasStatus(204);
        assertThat(stored("pc-4")).isZero();
    }

    @Test
    void theReportIsAuditedAsTheAnalystsReadAndNamesNoEmployee() {
        int before = audited("READ", "equality report");

        assertThat(mvc.get().uri("/api/equality").with(httpBasic("analyst", PASSWORD))).hasStatusOk().bodyText()
                .contains("\"characteristic\":\"SEX\"", "\"adverseImpactRatio\"")
                .doesNotContain("am-0", "am-ready-now", "Hannah Whitworth");
        assertThat(mvc.get().uri("/api/equality.csv").with(httpBasic("analyst", PASSWORD))).hasStatusOk().bodyText()
                .startsWith("characteristic,unit,group,people,").doesNotContain("am-0", "Hannah Whitworth");

        assertThat(mvc.get().uri("/equality?by=TEAM").with(user(users.loadUserByUsername("analyst")))).hasStatusOk()
                .bodyText().contains("Gaps beyond the four-fifths rule").doesNotContain("am-0", "Hannah Whitworth");

        assertThat(audited("READ", "equality report")).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'characteristics'"
                + " and action = 'READ' and actor = 'analyst'", Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"DIRECTORATE", "SERVICE", "TEAM"})
    void theDemoCouncilShowsFlagsWithTheirDriversAndNoFigureAboutFewerThanTenPeople(String by) {
        var report = assertThat(mvc.get().uri("/api/equality?by=" + by).with(httpBasic("analyst", PASSWORD)))
                .hasStatusOk().bodyJson();
        report.extractingPath("$.tables[*].units[*].groups[*].figures.people").asArray().isNotEmpty()
                .allSatisfy(people -> assertThat((Integer) people).isGreaterThanOrEqualTo(10));
        report.extractingPath("$.tables[*].units[*].all.figures.people").asArray()
                .allSatisfy(people -> assertThat((Integer) people).isGreaterThanOrEqualTo(10));
        report.extractingPath("$.tables[*].units[*].groups[?(@.flagged == true)].drivers[0]").asArray().isNotEmpty()
                .allSatisfy(driver -> assertThat((String) driver).isNotBlank());
    }

    @Test
    void aRequestForAUnitOfFewerThanTenPeopleGetsOnlySuppressedCells() {
        // the five hand-made sample employees have no unit: a unit nobody is in, and a team of a few people
        assertThat(mvc.get().uri("/api/equality?unit=Nowhere").with(httpBasic("analyst", PASSWORD))).hasStatusOk()
                .bodyJson().extractingPath("$.tables[*].units[*].groups[*].figures").asArray().containsOnlyNulls();
        assertThat(mvc.get().uri("/api/equality?by=everyone").with(httpBasic("analyst", PASSWORD))).hasStatus(400);
    }
}
