package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.people.WorkforceFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo council as the first start stores it: every person of the demo files and every piece of their evidence,
 * each piece of evidence with the version that later changes check (the rows are written by batched inserts, not entity saves).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-data-test")
class DemoDataTest {

    private static final Path WORKFORCE = Path.of("datasets/workforce");

    @Autowired
    private JdbcTemplate database;

    @Test
    void everyDemoPersonAndPieceOfEvidenceIsStoredWithAVersion() {
        List<JsonNode> people = demoFiles().stream().flatMap(file -> employees(file).stream()).toList();
        int evidence = people.stream().mapToInt(p -> p.path("evidence").size()).sum();
        assertThat(people).hasSizeGreaterThan(200);

        assertThat(count("select count(*) from employee")).isEqualTo(people.size());
        assertThat(count("select count(*) from evidence")).isEqualTo(evidence);
        assertThat(count("select count(*) from evidence where version is null or version <> 0")).isZero();
        assertThat(database.queryForObject("select name from employee where id = 'am-ready-now'", String.class))
                .isEqualTo("Hannah Whitworth");
    }

    /** The demo council's files, all of them, and the other frameworks' hand-made samples. */
    private static List<Path> demoFiles() {
        return WorkforceFiles.under(WORKFORCE).stream()
                .filter(f -> f.startsWith(WORKFORCE.resolve("ashfield-mansfield"))
                        || !f.getFileName().toString().matches(".*-[0-9]{4}\\.json"))
                .toList();
    }

    private static List<JsonNode> employees(Path file) {
        JsonNode json = JsonMapper.shared().readTree(file.toFile());
        JsonNode listed = json.has("employees") ? json.get("employees") : json;
        return listed.isArray() ? listed.valueStream().toList() : List.of(listed);
    }

    private int count(String sql) {
        return database.queryForObject(sql, Integer.class);
    }
}
