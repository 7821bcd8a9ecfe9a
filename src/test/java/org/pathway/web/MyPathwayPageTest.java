package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.pathway.planning.individual.PlanJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.MvcResult;

/** My pathway plans as a job: the form POSTs to start it, the page follows it, and a GET never solves. */
@SpringBootTest
@AutoConfigureMockMvc
class MyPathwayPageTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PlanJobs jobs;

    @Test
    void aGetWithTheOldPlanParametersNeverPlans() {
        int before = jobs.about("am-ready-now").size();
        assertThat(mvc.get().uri("/me?target=head-of-service&budget=1500&hours=7")
                .with(user(users.loadUserByUsername("hannah")))).hasStatusOk().bodyText()
                .doesNotContain("id=\"plan\"", "Planning...", "http-equiv=\"refresh\"");
        assertThat(jobs.about("am-ready-now")).as("no plan job was started").hasSize(before);
    }

    @Test
    void theFormStartsAJobAndThePageShowsItsProgressThenThePlanToItsOwnerOnly() throws Exception {
        MvcResult started = mvc.post().uri("/me/plan").param("target", "head-of-service").param("budget", "1500")
                .param("hours", "7").with(csrf()).with(user(users.loadUserByUsername("hannah"))).exchange()
                .getMvcResult();
        assertThat(started.getResponse().getStatus()).isEqualTo(303);
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/me?").contains("target=head-of-service", "plan=");
        String id = location.substring(location.indexOf("plan=") + 5).split("&")[0];

        String page = body(location, "hannah");
        boolean sawProgress = page.contains("Planning...");
        if (sawProgress) {
            assertThat(page).contains("best so far", "<meta http-equiv=\"refresh\" content=\"2\">")
                    .doesNotContain("id=\"plan\"");
        }
        for (int poll = 0; poll < 240 && page.contains("Planning..."); poll++) {
            Thread.sleep(500);
            page = body(location, "hannah");
        }
        assertThat(page).contains("id=\"plan\"", "activities", "projected readiness")
                .doesNotContain("Planning...", "http-equiv=\"refresh\"");

        assertThat(mvc.get().uri("/me?plan=" + id).with(user(users.loadUserByUsername("daniel")))).hasStatus(404);
        assertThat(mvc.get().uri("/me?plan=00000000-0000-0000-0000-000000000000")
                .with(user(users.loadUserByUsername("hannah")))).hasStatus(404);
    }

    @Test
    void aBadBudgetStartsNothing() {
        assertThat(mvc.post().uri("/me/plan").param("target", "head-of-service").param("budget", "-5").with(csrf())
                .with(user(users.loadUserByUsername("daniel")))).hasStatus(303).redirectedUrl()
                .doesNotContain("plan=");
    }

    private String body(String uri, String username) throws Exception {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse()
                .getContentAsString();
    }
}
