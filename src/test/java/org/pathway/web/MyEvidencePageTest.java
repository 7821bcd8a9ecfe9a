package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditEvent;
import org.pathway.audit.AuditTrail;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceLedger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Recording evidence on My pathway as a person would (issue 14, items 2-4): problems in words next to their field with
 * what she typed kept, over-long text refused in words, her own claims changed or withdrawn on the page (audited as
 * the API's are), and her evidence listed by name and date, never by id or code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyEvidencePageTest {

    private static final String COMPETENCY = "achieving-commercial-outcomes";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private EvidenceLedger ledger;

    @Autowired
    private AuditTrail audit;

    @Test
    void aRefusedFormIsShownAgainWithWhatWasTypedAndEachProblemInWordsNextToItsField() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = afterPost(mvc.post().uri("/me/evidence").session(session).param("target", "service-manager")
                .param("competencyId", COMPETENCY).param("indicatorId", "making-effective-decisions.level-2.01")
                .param("observedOn", LocalDate.now().plusDays(3).toString())
                .param("example", "Led the depot <review> for the cabinet."), session);

        assertThat(page).contains("Choose a behaviour of Achieving commercial outcomes.",
                "Give a date no later than today", "Led the depot &lt;review&gt; for the cabinet.")
                .contains("id=\"indicatorId-error\"", "aria-describedby=\"indicatorId-error\"")
                .doesNotContain("expected an indicator id");
    }

    @Test
    void overLongAncientOrEmptyEvidenceIsRefusedInWordsNotWithAServerError() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = afterPost(mvc.post().uri("/me/evidence").session(session).param("target", "service-manager")
                .param("competencyId", COMPETENCY).param("indicatorId", COMPETENCY + ".level-2.01")
                .param("observedOn", "1987-03-02").param("example", "x".repeat(5000)), session);

        assertThat(page).contains("Shorten the description to 4,000 characters or fewer: it has 5,000.",
                "is too old ever to count towards readiness");

        page = afterPost(mvc.post().uri("/me/evidence").session(session).param("target", "service-manager")
                .param("competencyId", COMPETENCY).param("indicatorId", COMPETENCY + ".level-2.01")
                .param("observedOn", LocalDate.now().minusDays(2).toString()).param("example", "  "), session);
        assertThat(page).contains("Describe what was done");
    }

    @Test
    void sheChangesAndWithdrawsHerOwnClaimAndTheLedgerAuditsBoth() throws Exception {
        LocalDate observed = LocalDate.now().minusDays(5);
        String page = afterPost(mvc.post().uri("/me/evidence").param("target", "service-manager")
                .param("competencyId", COMPETENCY).param("indicatorId", COMPETENCY + ".level-2.04")
                .param("observedOn", observed.toString()).param("example", "Ran the leisure pricing pilot."), null);
        assertThat(page).contains("Your evidence is recorded");
        Evidence claim = mine("Ran the leisure pricing pilot.");
        String date = observed.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        assertThat(page).contains(date, "Achieving commercial outcomes", "Self-recorded", "Awaiting validation",
                "Withdraw your evidence of " + date).doesNotContain(">SELF<", ">CLAIMED<", ">" + claim.id() + "<");

        assertThat(body("/me?target=service-manager&edit=" + claim.id())).contains("Change your evidence",
                "Ran the leisure pricing pilot.", "/me/evidence/" + claim.id());
        afterPost(mvc.post().uri("/me/evidence/" + claim.id()).param("target", "service-manager")
                .param("competencyId", COMPETENCY).param("indicatorId", COMPETENCY + ".level-2.04")
                .param("observedOn", observed.toString()).param("example", "Ran the leisure pricing pilot, phase 2."),
                null);
        assertThat(mine("Ran the leisure pricing pilot, phase 2.").id()).isEqualTo(claim.id());

        afterPost(mvc.post().uri("/me/evidence/" + claim.id() + "/withdraw").param("target", "service-manager"), null);
        assertThat(ledger.employee("am-ready-now").evidence()).noneMatch(e -> e.id().equals(claim.id()));
        assertThat(audit.ofEmployee("am-ready-now")).filteredOn(e -> claim.id().equals(e.getEntityId()))
                .extracting(AuditEvent::getAction).containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void someoneElsesEvidenceCannotBeWithdrawnFromThisPage() {
        Evidence managers = ledger.employee("am-ready-now").evidence().stream()
                .filter(e -> !"hannah".equals(e.recordedBy())).findFirst().orElseThrow();
        assertThat(mvc.post().uri("/me/evidence/" + managers.id() + "/withdraw").param("target", "service-manager")
                .with(csrf()).with(user(users.loadUserByUsername("hannah")))).hasStatus(403);
    }

    @Test
    void eachGapSaysHowFarSheHasComeInTheAnalysisWords() throws Exception {
        assertThat(body("/me?target=head-of-service")).contains("needs", "of these", "behaviours; you have shown",
                "self-recorded evidence counts half");
    }

    @Test
    void theLadderShowsOneWayUpToEachRoleFromWhereSheIs() throws Exception {
        String page = body("/me");
        String ladder = page.substring(page.indexOf("<ol class=\"ladder\">"), page.indexOf("</ol>",
                page.indexOf("<ol class=\"ladder\">")));
        List<String> destinations = Pattern.compile("<li class=\"path\">.*?</li>", Pattern.DOTALL).matcher(ladder)
                .results().map(m -> {
                    List<String> rungs = Pattern.compile("<span>([^<]+)</span><br><span class=\"verdict-words\">")
                            .matcher(m.group()).results().map(r -> r.group(1)).toList();
                    return rungs.get(rungs.size() - 1);
                }).toList();
        assertThat(destinations).as("one path per destination").isNotEmpty().doesNotHaveDuplicates()
                .contains("Service Manager", "Chief Executive");
        assertThat(ladder).contains("You are here");
    }

    private Evidence mine(String example) {
        return ledger.employee("am-ready-now").evidence().stream().filter(e -> example.equals(e.example())).findFirst()
                .orElseThrow();
    }

    /** Posts as Hannah and follows the redirect, keeping the flash attributes in the session. */
    private String afterPost(MockMvcTester.MockMvcRequestBuilder post, MockHttpSession given) throws Exception {
        MockHttpSession session = given != null ? given : new MockHttpSession();
        MvcResult result = post.session(session).with(csrf()).with(user(users.loadUserByUsername("hannah"))).exchange()
                .getMvcResult();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        MvcResult next = mvc.get().uri(result.getResponse().getRedirectedUrl())
                .flashAttrs(result.getFlashMap()).with(user(users.loadUserByUsername("hannah"))).exchange()
                .getMvcResult();
        return next.getResponse().getContentAsString();
    }

    private String body(String uri) throws Exception {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername("hannah"))).exchange().getResponse()
                .getContentAsString();
    }
}
