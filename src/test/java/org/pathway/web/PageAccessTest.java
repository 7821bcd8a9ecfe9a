package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The pages' access matrix: every page, download and form against every role signed in through the sign-in form
 * (demo users), and anonymous visitors sent to sign in. A role's page is closed to the others, with its downloads and
 * forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageAccessTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /frameworks                              | hannah  | 200
            GET  | /frameworks/slough-leadership            | lnd     | 200
            GET  | /me                                      | hannah  | 200
            GET  | /me                                      | daniel  | 200
            GET  | /me                                      | lnd     | 403
            GET  | /me                                      | planner | 403
            GET  | /me                                      | admin   | 403
            POST | /me/evidence                             | lnd     | 403
            POST | /me/evidence/ev-01                       | lnd     | 403
            POST | /me/evidence/ev-01/withdraw              | planner | 403
            POST | /me/evidence/ev-01/withdraw              | admin   | 403
            POST | /me/evidence                             | admin   | 403
            POST | /me/plan?target=service-manager          | hannah  | 303
            POST | /me/plan?target=service-manager          | daniel  | 303
            POST | /me/plan?target=service-manager          | lnd     | 403
            POST | /me/plan?target=service-manager          | planner | 403
            POST | /me/plan?target=service-manager          | admin   | 403
            POST | /me/plan/6f1c1c4e-0000-4000-8000-000000000000/save?target=service-manager | hannah | 404
            POST | /me/plan/6f1c1c4e-0000-4000-8000-000000000000/save?target=service-manager | lnd | 403
            POST | /me/plan/6f1c1c4e-0000-4000-8000-000000000000/save?target=service-manager | planner | 403
            POST | /me/plan/6f1c1c4e-0000-4000-8000-000000000000/save?target=service-manager | admin | 403
            POST | /me/plans/no-plan/steps/no-step/done?target=service-manager | hannah | 404
            POST | /me/plans/no-plan/steps/no-step/done?target=service-manager | daniel | 404
            POST | /me/plans/no-plan/steps/no-step/done?target=service-manager | lnd | 403
            POST | /me/plans/no-plan/steps/no-step/done?target=service-manager | admin | 403
            GET  | /team                                    | daniel  | 200
            GET  | /team                                    | hannah  | 403
            GET  | /team                                    | admin   | 403
            POST | /team/am-red-flag/evidence/ev-01         | hannah  | 403
            POST | /team/am-red-flag/evidence/ev-01         | lnd     | 403
            POST | /team/evidence?employeeId=am-red-flag    | hannah  | 403
            POST | /team/evidence?employeeId=am-red-flag    | lnd     | 403
            POST | /team/evidence?employeeId=am-red-flag    | admin   | 403
            POST | /team/evidence?employeeId=am-ready-now   | daniel  | 302
            GET  | /training-needs                          | lnd     | 200
            GET  | /training-needs                          | hannah  | 403
            GET  | /training-needs                          | planner | 403
            POST | /training-needs/plan?budget=-1           | lnd     | 303
            POST | /training-needs/plan?budget=-1           | hannah  | 403
            POST | /training-needs/plan?budget=-1           | daniel  | 403
            POST | /training-needs/plan?budget=-1           | planner | 403
            POST | /training-needs/plan?budget=-1           | admin   | 403
            GET  | /training-needs.csv                      | lnd     | 200
            GET  | /training-needs.csv                      | hannah  | 403
            GET  | /training-needs.csv                      | daniel  | 403
            GET  | /training-needs.csv                      | planner | 403
            GET  | /training-needs.csv                      | admin   | 403
            GET  | /succession                              | planner | 200
            GET  | /succession                              | lnd     | 403
            GET  | /succession                              | daniel  | 403
            GET  | /succession?framework=ashfield-mansfield&role=director&page=2 | planner | 200
            GET  | /succession?framework=ashfield-mansfield&role=director&page=2 | lnd | 403
            GET  | /favicon.ico                             | hannah  | 200
            GET  | /succession/am-ready-now?role=service-manager | hannah | 403
            GET  | /admin                                   | admin   | 200
            GET  | /admin                                   | planner | 403
            POST | /admin/rules/reload                      | daniel  | 403
            POST | /admin/rules/reload                      | lnd     | 403
            GET  | /admin/frameworks                        | admin   | 200
            GET  | /admin/frameworks                        | planner | 403
            GET  | /admin/frameworks                        | lnd     | 403
            GET  | /admin/frameworks                        | hannah  | 403
            POST | /admin/frameworks/upload                 | daniel  | 403
            POST | /admin/frameworks/upload                 | lnd     | 403
            POST | /admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | admin | 404
            POST | /admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | planner | 403
            POST | /admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish | hannah | 403
            GET  | /frameworks/slough-leadership/export?format=xlsx | hannah | 200
            GET  | /frameworks/slough-leadership/export?format=pdf  | hannah | 400
            GET  | /admin/policy                            | admin   | 200
            GET  | /admin/crosswalks                        | admin   | 200
            GET  | /merger                                  | planner | 200
            GET  | /merger                                  | admin   | 200
            GET  | /merger                                  | lnd     | 403
            GET  | /merger                                  | hannah  | 403
            GET  | /merger                                  | daniel  | 403
            GET  | /admin/crosswalks                        | planner | 403
            GET  | /admin/crosswalks                        | lnd     | 403
            GET  | /admin/crosswalks                        | hannah  | 403
            POST | /admin/crosswalks/decide                 | planner | 403
            POST | /admin/crosswalks/decide                 | daniel  | 403
            GET  | /admin/policy                            | planner | 403
            GET  | /admin/policy                            | hannah  | 403
            GET  | /admin/policy/versions/1                 | admin   | 200
            GET  | /admin/policy/versions/1?compareWith=1   | admin   | 200
            GET  | /admin/policy/versions/1                 | lnd     | 403
            POST | /admin/policy/preview                    | admin   | 200
            POST | /admin/policy/preview                    | daniel  | 403
            POST | /admin/policy/publish                    | admin   | 400
            POST | /admin/policy/publish                    | lnd     | 403
            POST | /admin/policy/versions/1/restore         | admin   | 400
            POST | /admin/policy/versions/1/restore         | planner | 403
            GET  | /equality                                | analyst | 200
            GET  | /equality?unit=Place&by=SERVICE          | analyst | 200
            GET  | /equality                                | admin   | 403
            GET  | /equality                                | planner | 403
            GET  | /equality                                | lnd     | 403
            GET  | /equality                                | daniel  | 403
            GET  | /equality                                | hannah  | 403
            GET  | /equality.csv                            | analyst | 200
            GET  | /equality.csv                            | admin   | 403
            GET  | /equality.csv                            | lnd     | 403
            GET  | /evidence-quality                        | analyst | 200
            GET  | /evidence-quality                        | lnd     | 200
            GET  | /evidence-quality                        | planner | 403
            GET  | /evidence-quality                        | daniel  | 403
            GET  | /evidence-quality                        | admin   | 403
            GET  | /succession?horizonMonths=24             | planner | 200
            GET  | /succession?horizonMonths=0              | planner | 400
            GET  | /succession                              | analyst | 403
            GET  | /training-needs                          | analyst | 403
            GET  | /me                                      | analyst | 403
            GET  | /team                                    | analyst | 403
            GET  | /admin                                   | analyst | 403
            GET  | /succession/am-ready-now?role=service-manager | analyst | 403
            GET  | /a-page-nobody-made                      | admin   | 403
            GET  | /a-page-nobody-made.csv                  | hannah  | 403
            """)
    void eachRoleReachesOnlyItsOwnPagesDownloadsAndForms(String method, String path, String username, int status) {
        assertThat(mvc.method(HttpMethod.valueOf(method)).uri(path).with(csrf())
                .with(user(users.loadUserByUsername(username)))).hasStatus(status);
    }

    @org.junit.jupiter.api.Test
    void aManagersTeamPageNamesOnlyHisOwnReports() {
        assertThat(mvc.get().uri("/team").with(user(users.loadUserByUsername("daniel")))).hasStatusOk().bodyText()
                .contains("Hannah Whitworth", "Gary Marsh").doesNotContain("Jordan Kirk", "Karen Bostock");
    }

    @ParameterizedTest
    @CsvSource({"/me", "/team", "/training-needs", "/training-needs.csv", "/succession", "/admin", "/admin/frameworks",
        "/admin/policy", "/equality", "/equality.csv", "/evidence-quality"})
    void anonymousVisitorsAreSentToSignIn(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(302).headers().hasValue("Location", "/login");
    }
}
