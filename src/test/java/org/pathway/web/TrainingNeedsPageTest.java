package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.planning.cohort.CohortJobs;
import org.pathway.planning.cohort.CohortReport;
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

    @Autowired
    private CohortJobs jobs;

    /** An L&D user of this test's own, so that its job does not wait for another test's. */
    private static final PathwayUser BUDGET_HOLDER = new PathwayUser("lnd-budget", "x", Role.LND, null);

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
            assertThat(page).contains("come back to this address", "<meta http-equiv=\"refresh\" content=\"2\">")
                    .doesNotContain("class=\"cohort-plan\"");
            assertThat(mvc.post().uri("/training-needs/plan").param("budget", "100").with(csrf())
                    .with(user(users.loadUserByUsername("lnd")))).as("one cohort job at a time").hasStatus(303)
                    .redirectedUrl().doesNotContain("plan=");
        }
        for (int poll = 0; poll < 480 && page.contains("Planning..."); poll++) {
            Thread.sleep(500);
            page = body(location);
        }
        assertThat(page).contains("class=\"cohort-plan\"", "needs met", "available to it", "of the £15,000 budget",
                "Sessions that run")
                .doesNotContain("Planning...", "http-equiv=\"refresh\"");

        assertThat(mvc.get().uri("/training-needs?plan=" + id)
                .with(user(new PathwayUser("another-lnd", "x", Role.LND, null)))).as("another L&D user's job")
                .hasStatus(404);
        assertThat(mvc.get().uri("/training-needs?plan=00000000-0000-0000-0000-000000000000")
                .with(user(users.loadUserByUsername("lnd")))).hasStatus(404);
    }

    @Test
    void oneBudgetCoversTheWholeCouncilAcrossItsFrameworks() throws Exception {
        MvcResult started = mvc.post().uri("/training-needs/plan").param("budget", "30000").with(csrf())
                .with(user(BUDGET_HOLDER)).exchange().getMvcResult();
        String location = started.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.indexOf("plan=") + 5).split("&")[0]);
        CohortJobs.JobView job = jobs.view(id, "lnd-budget", false).orElseThrow();
        for (int poll = 0; poll < 600 && job.plans() == null; poll++) {
            Thread.sleep(500);
            job = jobs.view(id, "lnd-budget", false).orElseThrow();
        }

        assertThat(job.plans()).as("a plan per framework in the council").hasSizeGreaterThan(1);
        assertThat(job.plans()).as("each framework's plan within what was left for it").allMatch(p -> p.budget() <= 30000)
                .allMatch(p -> p.cost() <= p.budget());
        assertThat(job.plans().stream().mapToLong(CohortReport::cost).sum()).as("the grand total")
                .isPositive().isLessThanOrEqualTo(30000);
        assertThat(mvc.get().uri(location).with(user(BUDGET_HOLDER))).bodyText()
                .contains("of the £30,000 budget", "Head of Service Competence Framework (Appendix 2)").doesNotContain("of £30000");
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
