package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.pathway.people.EmployeeRepository;
import org.pathway.people.EvidenceKey;
import org.pathway.people.EvidenceRepository;
import org.pathway.security.AppUser;
import org.pathway.security.AppUserRepository;
import org.pathway.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure ends the person: the account cannot sign in and its open sessions end, the person's reports are left
 * without a manager, their decisions keep that they happened but not who made them, their plan jobs go, and their id
 * is never given to anyone else. Each test erases people of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasureTest {

    private static final String PASSWORD = "pathway-demo";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private EmployeeRepository employees;

    @Autowired
    private EvidenceRepository evidence;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private UserDetailsService userDetails;

    /** A manager and his report, each with an account, imported as an admin would. */
    private void team(String manager, String report) {
        String csv = "employee_id,name,framework_id,current_role_id,contracted_hours,manager_id\n"
                + manager + ",Boss " + manager + ",ashfield-mansfield,service-manager,37,\n"
                + report + ",Report " + report + ",ashfield-mansfield,team-leader,37," + manager + "\n";
        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD))
                .contentType("text/csv").content(csv)).hasStatusOk();
        users.save(new AppUser(manager, passwords.encode(PASSWORD), Role.MANAGER, manager));
        users.save(new AppUser(report, passwords.encode(PASSWORD), Role.EMPLOYEE, report));
    }

    private String recordAndValidate(String manager, String report) throws Exception {
        String id = JsonMapper.builder().build().readTree(mvc.post().uri("/api/employees/" + report + "/evidence")
                .with(httpBasic(report, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "observedOn": "2026-10-01"}""").exchange().getResponse().getContentAsString())
                .get("id").asString();
        assertThat(mvc.post().uri("/api/employees/" + report + "/evidence/" + id + "/decision")
                .with(httpBasic(manager, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"VALIDATED\"}")).hasStatusOk();
        return id;
    }

    private void erase(String employeeId) {
        assertThat(mvc.delete().uri("/api/employees/" + employeeId).with(httpBasic("admin", PASSWORD))).hasStatus(204);
    }

    @Test
    void anErasedManagerCannotSignInHisSessionEndsAndHisReportsHaveNoManager() {
        team("er-boss-1", "er-report-1");
        UserDetails signedIn = userDetails.loadUserByUsername("er-boss-1");
        assertThat(mvc.get().uri("/team").with(user(signedIn))).hasStatusOk();

        erase("er-boss-1");

        assertThat(mvc.get().uri("/api/employees/er-report-1").with(httpBasic("er-boss-1", PASSWORD))).hasStatus(401);
        assertThat(mvc.get().uri("/team").with(user(signedIn))).as("the session he had open").hasStatus(401);
        assertThat(employees.findById("er-report-1").orElseThrow().getManagerId()).isNull();
        assertThat(users.findById("er-boss-1").orElseThrow().getEmployeeId()).isNull();
    }

    @Test
    void decisionsByAnErasedManagerStayDecidedWithoutHisName() throws Exception {
        team("er-boss-2", "er-report-2");
        String validated = recordAndValidate("er-boss-2", "er-report-2");

        erase("er-boss-2");

        var kept = evidence.findById(new EvidenceKey("er-report-2", validated)).orElseThrow().toEvidence();
        assertThat(kept.status().name()).isEqualTo("VALIDATED");
        assertThat(kept.validatedBy()).isEqualTo("erased");
    }

    @Test
    void anErasedPersonsIdIsNeverGivenToAnyoneElse() {
        team("er-boss-3", "er-report-3");
        erase("er-report-3");

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD)).contentType("text/csv")
                .content("employee_id,name,framework_id,current_role_id,contracted_hours\n"
                        + "er-report-3,Someone New,ashfield-mansfield,officer,37\n")).hasStatus(400).bodyText()
                .contains("\"field\":\"line 2 employee_id\"", "erased");
    }

    @Test
    void anErasedPersonsPlanJobsGo() throws Exception {
        team("er-boss-4", "er-report-4");
        String job = JsonMapper.builder().build().readTree(mvc.post().uri("/api/employees/er-report-4/plans")
                .with(httpBasic("er-report-4", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\": \"service-manager\"}").exchange().getResponse().getContentAsString())
                .get("id").asString();
        assertThat(mvc.get().uri("/api/plans/" + job).with(httpBasic("admin", PASSWORD))).hasStatusOk();

        erase("er-report-4");

        assertThat(mvc.get().uri("/api/plans/" + job).with(httpBasic("admin", PASSWORD))).hasStatus(404);
    }

    @Test
    void subjectAccessShowsTheAccountPlanJobsAndWhatThePersonDidToOthersWithoutTheirData() throws Exception {
        team("er-boss-5", "er-report-5");
        recordAndValidate("er-boss-5", "er-report-5");

        assertThat(mvc.get().uri("/api/employees/er-boss-5/export").with(httpBasic("er-boss-5", PASSWORD)))
                .as("a manager exports his own record").hasStatusOk().bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.person.account.username").isEqualTo("er-boss-5");
                    json.assertThat().extractingPath("$.person.actionsOnOthers[0].action").isEqualTo("VALIDATE");
                    json.assertThat().extractingPath("$.planJobs").asArray().isEmpty();
                });
        assertThat(mvc.get().uri("/api/employees/er-boss-5/export").with(httpBasic("er-boss-5", PASSWORD)))
                .bodyText().doesNotContain("er-report-5").doesNotContain("passwordHash");
    }
}
