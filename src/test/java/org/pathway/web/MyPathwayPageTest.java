package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.planning.individual.PlanJobs;
import org.pathway.plans.SavedPlan;
import org.pathway.plans.SavedPlans;
import org.pathway.plans.SavedStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.MvcResult;

/**
 * My pathway plans as a job: the form POSTs to start it, the page follows it, and a GET never solves; nonsense limits
 * and a role she is ready for start nothing; a finished plan is saved and its activities marked done.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyPathwayPageTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private JdbcTemplate database;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PlanJobs jobs;

    @Autowired
    private SavedPlans savedPlans;

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
        assertThat(location).startsWith("/me?").contains("target=head-of-service", "plan=")
                .as("no fragment: a page refreshing itself to the same address with one would only scroll")
                .doesNotContain("#");
        String id = location.substring(location.indexOf("plan=") + 5).split("[&#]")[0];

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
    void nonsenseLimitsAreRefusedInWordsNextToTheirFieldsAndStartNothing() throws Exception {
        int before = jobs.about("am-ready-now").size();
        String page = afterPost(mvc.post().uri("/me/plan").param("target", "head-of-service")
                .param("budget", "99999999999").param("hours", "200"));
        assertThat(page).contains("id=\"budget-error\"", "Give a budget in whole pounds from £0 to £100,000.",
                "id=\"hours-error\"", "no more than your contracted 37 hours", "value=\"99999999999\"",
                "value=\"200\"", "aria-describedby=\"budget-error\"").doesNotContain("id=\"plan\"");
        assertThat(afterPost(mvc.post().uri("/me/plan").param("target", "head-of-service").param("budget", "lots")
                .param("hours", "0"))).contains("id=\"budget-error\"", "id=\"hours-error\"");
        assertThat(jobs.about("am-ready-now")).as("no plan job was started").hasSize(before);
    }

    @Test
    void aRoleSheIsReadyForIsNotPlannedButSaysSo() throws Exception {
        String page = afterPost(mvc.post().uri("/me/plan").param("target", "officer"));
        assertThat(page).contains("You are ready for Officer now, so there is nothing to plan for it.")
                .doesNotContain("id=\"plan\"");
    }

    /**
     * The loop of item 7: a finished plan is saved, shown as the plan she follows on a timeline of months, and one of
     * its activities marked done records Completed-activity evidence that her manager then finds in his queue.
     */
    @Test
    void sheSavesAFinishedPlanAndMarksAnActivityDoneWhichHerManagerThenValidates() throws Exception {
        String location = mvc.post().uri("/me/plan").param("target", "head-of-service").param("budget", "1500")
                .param("hours", "7").with(csrf()).with(user(users.loadUserByUsername("hannah"))).exchange()
                .getResponse().getRedirectedUrl();
        String id = location.substring(location.indexOf("plan=") + 5).split("[&#]")[0];
        String page = body(location, "hannah");
        for (int poll = 0; poll < 240 && page.contains("Planning..."); poll++) {
            Thread.sleep(500);
            page = body(location, "hannah");
        }
        assertThat(page).contains("id=\"save-plan\"", "class=\"gantt-month\"", "Activity, dates and cost");
        assertThat(mvc.post().uri("/me/plan/" + id + "/save").param("target", "head-of-service").with(csrf())
                .with(user(users.loadUserByUsername("daniel")))).as("someone else's job").hasStatus(404);

        page = afterPost(mvc.post().uri("/me/plan/" + id + "/save").param("target", "head-of-service"));
        assertThat(page).contains("Your plan is saved.", "The plan you saved, for Head of Service",
                "Saved by Hannah Whitworth on ");
        SavedPlan saved = savedPlans.latest("am-ready-now").orElseThrow();
        SavedStep first = saved.getSteps().get(0);

        startsOn(first, LocalDate.now().plusDays(1));
        assertThat(body("/me?target=head-of-service", "hannah")).as("an activity not yet started")
                .contains("Can be marked done from ");
        assertThat(mvc.post().uri("/me/plans/" + saved.getId() + "/steps/" + first.getId() + "/done")
                .param("target", "head-of-service").with(csrf()).with(user(users.loadUserByUsername("hannah"))))
                .as("not marked done before it starts").hasStatus(409);
        startsOn(first, LocalDate.now());
        assertThat(body("/me?target=head-of-service", "hannah")).as("from the day it starts").contains("Mark done");

        assertThat(mvc.post().uri("/me/plans/" + saved.getId() + "/steps/" + first.getId() + "/done")
                .param("target", "head-of-service").with(csrf()).with(user(users.loadUserByUsername("daniel"))))
                .as("her manager does not mark her activities done").hasStatus(404);
        page = afterPost(mvc.post().uri("/me/plans/" + saved.getId() + "/steps/" + first.getId() + "/done")
                .param("target", "head-of-service"));
        assertThat(page).contains("Marked done. Your completion is recorded as evidence of",
                "Done on ", "Completed activity", "Completed " + first.getTitle());
        assertThat(body("/team", "daniel")).as("the completion waits in her manager's queue")
                .contains("Completed " + first.getTitle(), "Completed activity");
        assertThat(mvc.post().uri("/me/plans/" + saved.getId() + "/steps/" + first.getId() + "/done")
                .param("target", "head-of-service").with(csrf()).with(user(users.loadUserByUsername("hannah"))))
                .as("marked done once").hasStatus(409);
    }

    /** Moves a saved activity's start, as if its day were near or had come. */
    private void startsOn(SavedStep step, LocalDate day) {
        database.update("update development_plan_step set starts_on = ? where id = ?", day, step.getId());
    }

    /** Posts as Hannah and follows the redirect (303) with its flash attributes. */
    private String afterPost(MockMvcTester.MockMvcRequestBuilder post) throws Exception {
        MvcResult result = post.with(csrf()).with(user(users.loadUserByUsername("hannah"))).exchange().getMvcResult();
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        return mvc.get().uri(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                .with(user(users.loadUserByUsername("hannah"))).exchange().getResponse().getContentAsString();
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
