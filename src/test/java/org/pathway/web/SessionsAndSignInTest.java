package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.pathway.security.AppUser;
import org.pathway.security.AppUserRepository;
import org.pathway.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Sessions on a shared council PC and sign-in under attack: signing out leaves nothing behind, an expired session
 * under a form says so, the pages' cookie opens nothing in the API, the API makes no sessions, password guessing is
 * throttled per account and audited, and every response carries the security headers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsAndSignInTest {

    private static final String PASSWORD = "pathway-demo";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private AuditRepository audit;

    private MockHttpSession signIn(String username) {
        MvcTestResult signedIn = mvc.post().uri("/login").with(csrf())
                .param("username", username).param("password", PASSWORD).exchange();
        assertThat(signedIn).hasStatus3xxRedirection();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    @Test
    void signingOutEndsTheSessionAndClearsWhatTheBrowserKept() {
        MockHttpSession session = signIn("hannah");
        MvcTestResult signedOut = mvc.post().uri("/logout").session(session).with(csrf()).exchange();

        assertThat(signedOut).hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
        assertThat(signedOut.getResponse().getHeader("Clear-Site-Data"))
                .contains("\"cache\"", "\"cookies\"", "\"storage\"");
        assertThat(signedOut.getResponse().getCookie("JSESSIONID")).isNotNull()
                .satisfies(cookie -> assertThat(cookie.getMaxAge()).isZero());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void personalPagesAreNeverStored() {
        MvcTestResult page = mvc.get().uri("/me").session(signIn("hannah")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aFormPostedAfterTheSessionExpiredAsksToSignInAgainAndReturnsToThePage() {
        MvcTestResult expired = mvc.post().uri("/me/evidence")
                .header("Referer", "http://localhost/me?target=head-of-service")
                .with(request -> {
                    request.setRequestedSessionId("gone");
                    request.setRequestedSessionIdValid(false);
                    return request;
                })
                .param("competencyId", "delivering-at-pace").exchange();

        assertThat(expired).hasStatus3xxRedirection();
        assertThat(expired.getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired&continue=%2Fme%3Ftarget%3Dhead-of-service");
        assertThat(mvc.get().uri("/login").param("expired", "").param("continue", "/me")).hasStatusOk().bodyText()
                .contains("Your session has expired, sign in again").doesNotContain("not open to your role")
                .contains("name=\"continue\" value=\"/me\"");

        MvcTestResult back = mvc.post().uri("/login").with(csrf()).param("username", "hannah")
                .param("password", PASSWORD).param("continue", "/me?target=head-of-service").exchange();
        assertThat(back).hasRedirectedUrl("/me?target=head-of-service");
    }

    @Test
    void aDeepLinkOpenedBeforeSigningInIsWhereSigningInLands() {
        MockHttpSession visitor = new MockHttpSession();
        assertThat(mvc.get().uri("/me?target=director").session(visitor)).hasStatus(302);

        assertThat(mvc.post().uri("/login").session(visitor).with(csrf()).param("username", "hannah")
                .param("password", PASSWORD)).hasRedirectedUrl("/me?target=director");
    }

    @Test
    void signingInNeverSendsTheUserToAnotherSite() {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", "hannah").param("password", PASSWORD)
                    .param("continue", elsewhere)).hasRedirectedUrl("/home");
        }
    }

    @Test
    void thePagesSessionCookieOpensNothingInTheApi() {
        MockHttpSession adminPages = signIn("admin");

        assertThat(mvc.post().uri("/api/admin/rules/reload").session(adminPages)).hasStatus(401);
        assertThat(mvc.get().uri("/api/employees/am-ready-now/readiness?target=service-manager").session(adminPages))
                .hasStatus(401);
    }

    @Test
    void apiCallsMakeNoSessions() {
        for (int call = 0; call < 3; call++) {
            MvcTestResult answered = mvc.get().uri("/api/frameworks").with(httpBasic("admin", PASSWORD)).exchange();
            assertThat(answered).hasStatusOk();
            assertThat(answered.getRequest().getSession(false)).isNull();
            assertThat(answered.getResponse().getCookie("JSESSIONID")).isNull();
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndTheLockIsAudited() {
        users.save(new AppUser("guessed", passwords.encode(PASSWORD), Role.LND, null));
        for (int guess = 0; guess < 5; guess++) {
            assertThat(mvc.get().uri("/api/tna").with(httpBasic("guessed", "wrong-" + guess))).hasStatus(401);
        }

        assertThat(mvc.get().uri("/api/tna").with(httpBasic("guessed", PASSWORD))).hasStatus(401);
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "guessed").param("password", PASSWORD))
                .hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("Too many failed sign-ins");
        assertThat(audit.findAll()).filteredOn(e -> "SIGN_IN_LOCKED".equals(e.getAction()))
                .filteredOn(e -> "guessed".equals(e.getEntityId())).hasSize(1);
        // others are not affected
        assertThat(mvc.get().uri("/api/frameworks").with(httpBasic("admin", PASSWORD))).hasStatusOk();
    }

    @Test
    void aFewWrongPasswordsThenTheRightOneSignsInAndStartsTheCountAgain() {
        users.save(new AppUser("forgetful", passwords.encode(PASSWORD), Role.LND, null));
        for (int round = 0; round < 2; round++) {
            for (int guess = 0; guess < 4; guess++) {
                assertThat(mvc.get().uri("/api/tna").with(httpBasic("forgetful", "typo"))).hasStatus(401);
            }
            assertThat(mvc.get().uri("/api/frameworks").with(httpBasic("forgetful", PASSWORD))).hasStatusOk();
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String uri : new String[] {"/login", "/frameworks", "/api/frameworks"}) {
            MvcTestResult answered = mvc.get().uri(uri).with(user("admin").roles("ADMIN")).exchange();
            assertThat(answered.getResponse().getHeader("Content-Security-Policy"))
                    .contains("script-src 'self';").doesNotContain("unsafe-eval");
            assertThat(answered.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answered.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
        }
    }

    @Test
    void theSignInPageNamesTheDemoPasswordOnlyWhileTheDemoUsersExist() {
        assertThat(mvc.get().uri("/login")).bodyText().contains("pathway-demo");
        AppUser hannah = users.findById("hannah").orElseThrow();
        users.delete(hannah);
        try {
            assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("pathway-demo").doesNotContain("Demo users");
        } finally {
            users.save(new AppUser("hannah", hannah.getPasswordHash(), hannah.getRole(), hannah.getEmployeeId()));
        }
    }
}
