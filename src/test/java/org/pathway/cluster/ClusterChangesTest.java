package org.pathway.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The note to the other instances of an evidence change is written in the change's own transaction, on its
 * connection. It used to be written after the commit in a transaction of its own, which took a second connection
 * while the first was still held: 32 clients writing evidence held all ten of the pool's connections and each waited
 * 30 s for an eleventh (the load test, README "Benchmarks"). Here the pool has two connections and the test holds one,
 * so a write that needs two cannot tell the others at all.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:one-connection-left", "pathway.cluster.notes=true",
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureMockMvc
class ClusterChangesTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private JdbcTemplate database;

    @Autowired
    private DataSource pool;

    @Test
    void anEvidenceChangeAndItsNoteToTheOtherInstancesCommitTogetherOnOneConnection() throws SQLException {
        int before = notesAbout("am-ready-now");

        try (Connection held = pool.getConnection()) {
            assertThat(mvc.post().uri("/api/employees/am-ready-now/evidence").with(httpBasic("hannah", "pathway-demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "observedOn": "2026-10-01", "example": "Cleared the planning backlog."}""")).hasStatus(201);
        }

        assertThat(notesAbout("am-ready-now")).isEqualTo(before + 1);
    }

    @Test
    void onlyADatabaseOtherProcessesCanOpenIsToldOfChanges() {
        assertThat(ClusterChanges.sharedDatabase("jdbc:postgresql://127.0.0.1:5432/pathway")).isTrue();
        assertThat(ClusterChanges.sharedDatabase("jdbc:h2:tcp://db:9092/pathway")).isTrue();
        assertThat(ClusterChanges.sharedDatabase("jdbc:h2:file:./data/pathway;WRITE_DELAY=0")).isFalse();
        assertThat(ClusterChanges.sharedDatabase("jdbc:h2:mem:load")).isFalse();
    }

    private int notesAbout(String employeeId) {
        return database.queryForObject("select count(*) from cluster_change where kind = 'PEOPLE' and subject = ?",
                Integer.class, employeeId);
    }
}
