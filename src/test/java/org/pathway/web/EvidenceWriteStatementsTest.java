package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An evidence POST (issue 13) takes at most 3 SQL statements once the caller is authenticated: the subject employee
 * read once, the evidence inserted, the audit event inserted; counted on the request's thread by {@link SqlSeen}.
 * Hannah (am-ready-now) reports to Daniel (am-ready-1-2).
 */
@SpringBootTest(properties = SqlSeen.INSPECTOR)
@AutoConfigureMockMvc
class EvidenceWriteStatementsTest {

    private static final String PASSWORD = "pathway-demo";

    @Autowired
    private MockMvcTester mvc;

    @Test
    void anEvidencePostTakesAtMostThreeStatementsForTheEmployeeHerManagerAndAnAdmin() {
        posted("hannah", null);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String[] recorder : List.of(new String[] {"hannah", null}, new String[] {"daniel", null},
                new String[] {"admin", "ASSESSMENT"})) {
            SqlSeen.clear();

            posted(recorder[0], recorder[1]);

            List<SqlSeen.Statement> sql = SqlSeen.onThisThread();
            List<String> writePath = sql.stream().filter(s -> !s.authentication()).map(SqlSeen.Statement::sql)
                    .toList();
            assertThat(sql.size() - writePath.size()).as("the user looked up for HTTP Basic").isOne();
            counts.put(recorder[0], (long) writePath.size());
            statements.put(recorder[0], writePath);
        }
        assertThat(counts).as("statements per POST after authentication: %s", statements)
                .allSatisfy((recorder, count) -> assertThat(count).as(recorder).isLessThanOrEqualTo(3));
    }

    private void posted(String user, String source) {
        assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         %s "observedOn": "2026-10-01", "example": "Cleared the planning backlog."}"""
                        .formatted(source == null ? "" : "\"source\": \"" + source + "\","))).hasStatus(201);
    }
}
