package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The cohort plan on the training-needs page as a job: the form POSTs to start it, the page follows it, a GET never plans. */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingNeedsPageTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Test
    void aGetWithTheOldBudgetParameterNeverPlans() {
        assertThat(mvc.get().uri("/training-needs?unit=Place&budget=15000").with(user(users.loadUserByUsername("lnd"))))
                .hasStatusOk().bodyText().doesNotContain("cohort-plan\"", "Planning...", "http-equiv=\"refresh\"");
    }

    @Test
    void theFormStartsAJobAndThePageShowsItsProgressThenThePlansToItsOwnerOnly() throws Exception {
        MvcResult started = mvc.post().uri("/training-needs/plan").param("unit", "Place").param("budget", "15000")
                .with(csrf()).with(user(users.loadUserByUsername("lnd"))).exchange().getMvcResult();
        assertThat(started.getResponse().getStatus()).isEqualTo(303);
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/training-needs?").contains("unit=Place", "plan=");
        String id = location.substring(location.indexOf("plan=") + 5).split("&")[0];

        String page = body(location);
        if (page.contains("Planning...")) {
            assertThat(page).contains("best so far", "<meta http-equiv=\"refresh\" content=\"2\">")
                    .doesNotContain("class=\"cohort-plan\"");
            assertThat(mvc.post().uri("/training-needs/plan").param("budget", "100").with(csrf())
                    .with(user(users.loadUserByUsername("lnd")))).as("one cohort job at a time").hasStatus(303)
                    .redirectedUrl().doesNotContain("plan=");
        }
        for (int poll = 0; poll < 480 && page.contains("Planning..."); poll++) {
            Thread.sleep(500);
            page = body(location);
        }
        assertThat(page).contains("class=\"cohort-plan\"", "needs met", "of £<span>15000</span>", "Sessions that run")
                .doesNotContain("Planning...", "http-equiv=\"refresh\"");

        assertThat(mvc.get().uri("/training-needs?plan=" + id)
                .with(user(new PathwayUser("another-lnd", "x", Role.LND, null)))).as("another L&D user's job")
                .hasStatus(404);
        assertThat(mvc.get().uri("/training-needs?plan=00000000-0000-0000-0000-000000000000")
                .with(user(users.loadUserByUsername("lnd")))).hasStatus(404);
    }

    @Test
    void aNegativeBudgetStartsNothing() {
        assertThat(mvc.post().uri("/training-needs/plan").param("budget", "-5").with(csrf())
                .with(user(users.loadUserByUsername("lnd")))).hasStatus(303).redirectedUrl().doesNotContain("plan=");
    }

    private String body(String uri) throws Exception {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername("lnd"))).exchange().getResponse()
                .getContentAsString();
    }
}
