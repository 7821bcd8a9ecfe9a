package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An evidence POST (issue 13) takes at most 3 SQL statements once the caller is authenticated: the subject employee
 * read once, the evidence inserted, the audit event inserted. Statements are seen by a statement inspector as Hibernate
 * prepares them and counted on the request's thread only (MockMvc runs the request on the test's thread): after the
 * commit the findings read model recomputes the employee in the background, on its own threads, and that is not the
 * write path. HTTP Basic looks the user up ({@code app_user}) on every request before the handler runs; that lookup is
 * authentication, not the evidence write path, so it is counted apart. Hannah (am-ready-now) reports to Daniel
 * (am-ready-1-2).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
        + "org.pathway.web.EvidenceWriteStatementsTest$Seen")
@AutoConfigureMockMvc
class EvidenceWriteStatementsTest {

    private static final String PASSWORD = "pathway-demo";

    /** A statement Hibernate prepared, and the thread it prepared it on. */
    record Statement(Thread thread, String sql) {
    }

    /** Every SQL statement Hibernate prepares, as it prepares it. */
    public static class Seen implements StatementInspector {
        static final List<Statement> SQL = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            SQL.add(new Statement(Thread.currentThread(), sql));
            return sql;
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Test
    void anEvidencePostTakesAtMostThreeStatementsForTheEmployeeHerManagerAndAnAdmin() {
        posted("hannah", null);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String[] recorder : List.of(new String[] {"hannah", null}, new String[] {"daniel", null},
                new String[] {"admin", "ASSESSMENT"})) {
            Seen.SQL.clear();

            posted(recorder[0], recorder[1]);

            List<String> sql = Seen.SQL.stream().filter(s -> s.thread() == Thread.currentThread())
                    .map(Statement::sql).toList();
            List<String> writePath = sql.stream().filter(s -> !s.toLowerCase(Locale.ROOT).contains("app_user"))
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
