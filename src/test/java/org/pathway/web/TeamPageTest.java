package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.EvidenceSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * My team as a manager uses it (issue 14, items 8-10): the queue in words, waiting longest first, with buttons a screen
 * reader tells apart; his own observation of a report recorded from the page; ancient or empty evidence refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamPageTest {

    private static final String REPORT = "am-red-flag";
    private static final String BEHAVIOUR = "making-effective-decisions.level-2.01";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private EvidenceLedger ledger;

    @Test
    void heRecordsHisObservationOfAReportAndTheQueueListsItInWordsWaitingLongestFirst() throws Exception {
        String page = observe(LocalDate.now().minusDays(10), "Chaired the fleet review, second sitting.");
        assertThat(page).contains("is recorded; it counts as you recorded it");
        observe(LocalDate.now().minusDays(20), "Chaired the fleet review, first sitting.");
        assertThat(ledger.employee(REPORT).evidence()).filteredOn(e -> e.example() != null && e.example().startsWith("Chaired the fleet"))
                .hasSize(2).allMatch(e -> e.source() == EvidenceSource.MANAGER);

        page = body();
        String name = ledger.employee(REPORT).name();
        assertThat(page.indexOf("Chaired the fleet review, first sitting."))
                .as("the earlier observation is listed first")
                .isLessThan(page.indexOf("Chaired the fleet review, second sitting."));
        assertThat(page).contains("Making effective decisions", "(Level 2 - Service Managers)",
                "Manager&#39;s observation", "aria-label=\"Validate " + name + "&#39;s evidence of ",
                "aria-label=\"Reject " + name + "&#39;s evidence of ", "Reason for rejecting")
                .doesNotContain(">MANAGER<", ">CLAIMED<", "Validate ev-");
    }

    @Test
    void ancientOrEmptyObservationsAreRefusedInWordsAndNothingIsRecorded() throws Exception {
        int before = ledger.employee(REPORT).evidence().size();

        assertThat(observe(LocalDate.of(1991, 5, 1), "Ran the 1991 budget round."))
                .contains("too old ever to count towards readiness", "Ran the 1991 budget round.");
        assertThat(observe(LocalDate.now().minusDays(3), "")).contains("Describe what was done");
        assertThat(ledger.employee(REPORT).evidence()).hasSize(before);
    }

    @Test
    void aRejectionWithNoReasonSaysWhatIsMissing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult rejected = mvc.post().uri("/team/" + REPORT + "/evidence/ev-01").param("decision", "REJECTED")
                .session(session).with(csrf()).with(user(users.loadUserByUsername("daniel"))).exchange()
                .getMvcResult();
        assertThat(rejected.getFlashMap().get("error")).isEqualTo("To reject evidence, give the reason: the person sees it.");
    }

    private String observe(LocalDate observed, String example) throws Exception {
        MvcResult posted = mvc.post().uri("/team/evidence").param("employeeId", REPORT)
                .param("competencyId", "making-effective-decisions").param("indicatorId", BEHAVIOUR)
                .param("observedOn", observed.toString()).param("example", example).with(csrf())
                .with(user(users.loadUserByUsername("daniel"))).exchange().getMvcResult();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        return mvc.get().uri("/team").flashAttrs(posted.getFlashMap()).with(user(users.loadUserByUsername("daniel")))
                .exchange().getResponse().getContentAsString();
    }

    private String body() throws Exception {
        return mvc.get().uri("/team").with(user(users.loadUserByUsername("daniel"))).exchange().getResponse()
                .getContentAsString();
    }
}
