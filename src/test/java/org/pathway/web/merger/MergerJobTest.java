package org.pathway.web.merger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The merger simulation as a job: started by a POST, read while running and when done, again and again; refused input. */
@SpringBootTest
@AutoConfigureMockMvc
class MergerJobTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:merger-job-test;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Test
    void aJobRunsInTheBackgroundTellsHowFarItHasGotAndKeepsItsReport() throws Exception {
        var started = mvc.post().uri("/api/merger?frameworks=cherwell-south-northants,cambridge-city&into=cambridge-city")
                .with(httpBasic("planner", "pathway-demo")).exchange();
        assertThat(started).hasStatus(202);
        String location = started.getResponse().getHeader("Location");
        assertThat(location).matches("/api/merger/[0-9a-f-]{36}");

        JsonNode job = read(location);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (job.get("status").asString().equals("RUNNING") && Instant.now().isBefore(deadline)) {
            assertThat(job.get("judged").asInt()).isBetween(0, job.get("people").asInt());
            assertThat(job.get("report").isNull()).isTrue();
            Thread.sleep(200);
            job = read(location);
        }

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("people").asInt()).isPositive();
        assertThat(job.get("judged").asInt()).isEqualTo(job.get("people").asInt());
        assertThat(job.get("report").get("employees").asInt()).isEqualTo(job.get("people").asInt());
        assertThat(job.get("report").get("into").asString()).isEqualTo("cambridge-city");
        assertThat(read(location).get("report")).isEqualTo(job.get("report"));
        assertThat(mvc.get().uri(location).with(httpBasic("admin", "pathway-demo"))).hasStatusOk();
    }

    @Test
    void badRequestsAreRefusedBeforeAnyJobStarts() {
        assertThat(mvc.post().uri("/api/merger?frameworks=cambridge-city&into=slough-leadership")
                .with(httpBasic("planner", "pathway-demo"))).hasStatus(400).bodyText()
                .contains("expected two or more workforces");
        assertThat(mvc.post().uri("/api/merger?frameworks=cambridge-city,nowhere&into=slough-leadership")
                .with(httpBasic("planner", "pathway-demo"))).hasStatus(404).bodyText().contains("nowhere");
        assertThat(mvc.get().uri("/api/merger/00000000-0000-0000-0000-000000000000")
                .with(httpBasic("planner", "pathway-demo"))).hasStatus(404);
    }

    @Test
    void thePageStartsAJobAndItsOwnAddressShowsProgressThenTheResult() throws Exception {
        var posted = mvc.post().uri("/merger").param("workforces", "ashfield-mansfield", "slough-leadership")
                .param("into", "slough-leadership").with(csrf()).with(user(users.loadUserByUsername("admin")))
                .exchange();
        assertThat(posted).hasStatus3xxRedirection();
        String page = posted.getResponse().getRedirectedUrl();
        assertThat(page).matches("/merger/[0-9a-f-]{36}");

        String text = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!text.contains("Training needs of the merged council") && Instant.now().isBefore(deadline)) {
            text = mvc.get().uri(page).with(user(users.loadUserByUsername("admin"))).exchange().getResponse()
                    .getContentAsString();
            assertThat(text).containsAnyOf("people judged so far", "Training needs of the merged council");
            Thread.sleep(200);
        }
        assertThat(text).contains("Merged into", "Training needs of the merged council");

        assertThat(mvc.post().uri("/merger").param("workforces", "ashfield-mansfield")
                .param("into", "slough-leadership").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .hasStatusOk().bodyText().contains("Choose two or more workforces to merge.");
    }

    private JsonNode read(String location) throws Exception {
        return JSON.readTree(mvc.get().uri(location).with(httpBasic("planner", "pathway-demo")).exchange()
                .getResponse().getContentAsByteArray());
    }
}
