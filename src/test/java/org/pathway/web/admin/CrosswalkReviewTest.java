package org.pathway.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.pathway.crosswalk.CrosswalkReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reviewing a crosswalk over the API: accept, edit, reject, import; bad input refused in words with nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class CrosswalkReviewTest {

    private static final String PAIR = "/api/admin/crosswalks/cherwell-south-northants/cambridge-city";
    private static final String OTHER_PAIR = "/api/admin/crosswalks/cambridge-city/slough-leadership";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:crosswalk-review-test;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AuditRepository audit;

    @Autowired
    private CrosswalkReview review;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void anAcceptedLinkIsStoredWithWhoAndWhenAndAudited() {
        JsonNode before = get(PAIR);
        assertThat(before.get("links").valueStream()).allMatch(l -> l.get("status").asString().equals("suggested"));
        long events = audit.count();

        assertThat(put(decision("customer-focus", "customer-service-and-support", "exact", "agreed"))).hasStatusOk();
        assertThat(put(decision("customer-focus", "customer-focused-service-delivery", "close", "rejected")))
                .hasStatusOk();

        JsonNode after = get(PAIR);
        JsonNode accepted = link(after, "customer-focus", "customer-service-and-support");
        assertThat(accepted.get("status").asString()).isEqualTo("agreed");
        assertThat(accepted.get("strength").asString()).isEqualTo("exact");
        assertThat(accepted.get("decidedBy").asString()).isEqualTo("admin");
        assertThat(accepted.get("decidedAt").asString()).isNotBlank();
        assertThat(accepted.get("score").asDouble()).isPositive();
        assertThat(link(after, "customer-focus", "customer-focused-service-delivery").get("status").asString())
                .isEqualTo("rejected");
        assertThat(audit.count()).isEqualTo(events + 2);
    }

    @Test
    void unknownIdsSelfLinksAndStrangeStrengthsAreRefusedAndNothingIsSaved() {
        long events = audit.count();

        assertThat(put(decision("customer-focus", "no-such-competency", "exact", "agreed"))).hasStatus(400)
                .bodyText().contains("toCompetency", "expected a competency id of framework 'cambridge-city'");
        assertThat(put(decision("customer-focus", "communication", "identical", "agreed"))).hasStatus(400)
                .bodyText().contains("strength", "expected one of [exact, close, related], found 'identical'");
        assertThat(mvc.put().uri("/api/admin/crosswalks/cambridge-city/cambridge-city/links")
                .with(httpBasic("admin", "pathway-demo")).contentType(MediaType.APPLICATION_JSON)
                .content(decision("communication", "communication", "exact", "agreed"))).hasStatus(400)
                .bodyText().contains("expected a framework other than 'cambridge-city'");
        assertThat(mvc.post().uri("/api/admin/crosswalks/import?file=ours.json").with(httpBasic("admin", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"from": "slough-leadership", "to": "ashfield-mansfield", "links": [
                          {"fromCompetency": "working-effectively-with-others", "toCompetency": "collaborating-and-partnering",
                           "strength": "exact", "status": "agreed"},
                          {"fromCompetency": "self-belief", "toCompetency": "nowhere", "strength": "close", "status": "agreed"}]}
                        """)).hasStatus(400).bodyText().contains("ours.json at /links/1/toCompetency",
                        "expected a competency id of framework 'ashfield-mansfield', found 'nowhere'");

        assertThat(audit.count()).isEqualTo(events);
        assertThat(get("/api/admin/crosswalks/slough-leadership/ashfield-mansfield").get("links").valueStream())
                .allMatch(l -> l.get("status").asString().equals("suggested"));
    }

    @Test
    void anImportedCrosswalkReplacesTheSuggestionsItDecides() {
        assertThat(mvc.post().uri("/api/admin/crosswalks/import?file=ours.json").with(httpBasic("admin", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"from": "ashfield-mansfield", "to": "chief-officers-appendix-2", "links": [
                          {"fromCompetency": "achieving-commercial-outcomes", "toCompetency": "commercial-skills",
                           "strength": "exact", "status": "agreed"}]}
                        """)).hasStatusOk();

        JsonNode link = link(get("/api/admin/crosswalks/ashfield-mansfield/chief-officers-appendix-2"),
                "achieving-commercial-outcomes", "commercial-skills");
        assertThat(link.get("status").asString()).isEqualTo("agreed");
        assertThat(link.get("decidedBy").asString()).isEqualTo("admin");
    }

    @Test
    void twoAdminsDecidingTheSameNewLinkAtTheSameMomentGiveTheSecondAConflictNotAnError() throws Exception {
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = other.submit(() -> transactions.executeWithoutResult(status -> {
                review.decide("cambridge-city", "slough-leadership", new CrosswalkReview.Decision(
                        "communication", null, "effective-and-strategic-influencing", null, "exact", "agreed"),
                        "other-admin");
                firstStored.countDown();
                await(release);
            }));
            get(OTHER_PAIR);
            firstStored.await(10, TimeUnit.SECONDS);
            long events = audit.count();
            CompletableFuture<org.springframework.test.web.servlet.assertj.MvcTestResult> second = CompletableFuture
                    .supplyAsync(() -> mvc.put().uri(OTHER_PAIR + "/links").with(httpBasic("admin", "pathway-demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(decision("communication",
                                    "effective-and-strategic-influencing", "close", "rejected")).exchange());
            Thread.sleep(500);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThat(second.get(10, TimeUnit.SECONDS)).hasStatus(409).bodyText()
                    .contains("decided by someone else at the same moment");
            assertThat(audit.count()).isEqualTo(events + 1);
            JsonNode link = link(get(OTHER_PAIR), "communication", "effective-and-strategic-influencing");
            assertThat(link.get("decidedBy").asString()).isEqualTo("other-admin");
            assertThat(link.get("status").asString()).isEqualTo("agreed");
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String decision(String from, String to, String strength, String status) {
        return "{\"fromCompetency\": \"" + from + "\", \"toCompetency\": \"" + to + "\", \"strength\": \"" + strength
                + "\", \"status\": \"" + status + "\"}";
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult put(String body) {
        return mvc.put().uri(PAIR + "/links").with(httpBasic("admin", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private JsonNode get(String path) {
        return JSON.readTree(mvc.get().uri(path).with(httpBasic("admin", "pathway-demo")).exchange().getResponse()
                .getContentAsByteArray());
    }

    private static JsonNode link(JsonNode crosswalk, String from, String to) {
        return crosswalk.get("links").valueStream().filter(l -> l.get("fromCompetency").asString().equals(from)
                && l.get("toCompetency").asString().equals(to)).findFirst().orElse(null);
    }
}
