package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A development plan solved as a job over the API: POST starts it, GET reads it, DELETE stops it. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanJobTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvcTester mvc;

    private JsonNode json(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        return JSON.readTree(request.exchange().getResponse().getContentAsString());
    }

    @Test
    void anEmployeeStartsAPlanReadsItWhenDoneAndNobodyElseCanSeeIt() throws Exception {
        JsonNode started = json(mvc.post().uri("/api/employees/am-ready-now/plans").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"head-of-service\", \"budget\": 1500}"));
        String id = started.get("id").asString();

        JsonNode job = json(mvc.get().uri("/api/plans/" + id).with(httpBasic("hannah", "pathway-demo")));
        for (int poll = 0; poll < 80 && !job.get("status").asString().equals("DONE"); poll++) {
            Thread.sleep(500);
            job = json(mvc.get().uri("/api/plans/" + id).with(httpBasic("hannah", "pathway-demo")));
        }

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("plan").get("feasible").asBoolean()).isTrue();
        assertThat(job.get("plan").get("totalCost").asLong()).isLessThanOrEqualTo(1500);
        assertThat(job.get("plan").get("constraints")).isNotEmpty();
        assertThat(mvc.get().uri("/api/plans/" + id).with(httpBasic("daniel", "pathway-demo"))).hasStatus(404);
        assertThat(mvc.delete().uri("/api/plans/" + id).with(httpBasic("hannah", "pathway-demo"))).hasStatus(204);
    }

    @Test
    void badPlanRequestsAreRefused() {
        assertThat(mvc.post().uri("/api/employees/am-ready-now/plans").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"mayor\"}")).hasStatus(404)
                .bodyText().contains("unknown role 'mayor'");
        assertThat(mvc.post().uri("/api/employees/am-ready-now/plans").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"service-manager\", \"budget\": -5}"))
                .hasStatus(400).bodyText().contains("\"field\":\"budget\"");
        assertThat(mvc.post().uri("/api/employees/am-ready-now/plans").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\": \"service-manager\", \"budget\": 99999999999}"))
                .as("nonsense budget").hasStatus(400).bodyText().contains("\"field\":\"budget\"");
        assertThat(mvc.post().uri("/api/employees/am-ready-now/plans").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\": \"service-manager\", \"hoursPerWeek\": 200}"))
                .as("more hours a week than she works").hasStatus(400).bodyText()
                .contains("\"field\":\"hoursPerWeek\"", "contracted hours");
        assertThat(mvc.get().uri("/api/plans/00000000-0000-0000-0000-000000000000")
                .with(httpBasic("hannah", "pathway-demo"))).hasStatus(404);
    }
}
