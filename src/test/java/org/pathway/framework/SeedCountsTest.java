package org.pathway.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every framework dataset against statement counts taken by reading the seed documents
 * (src/test/resources/seed-counts/*.csv: per competency, key theme, level and polarity), in both directions:
 * every counted group has that many statements, and the dataset has no statements in groups the seed does not have.
 */
class SeedCountsTest {

    private static final Path COUNTS = Path.of("src/test/resources/seed-counts");

    record Row(String competencyId, String keyThemeId, String levelId, String kind, int count) {

        String group() {
            return competencyId + " / " + keyThemeId + " / " + levelId + " / " + kind;
        }
    }

    @ParameterizedTest
    @MethodSource("org.pathway.framework.Datasets#frameworkIds")
    void datasetHasExactlyTheStatementsCountedInTheSeed(String frameworkId) throws IOException {
        Framework framework = Datasets.catalogue().get(frameworkId);
        List<Row> expected = expectedRows(frameworkId);
        assertThat(expected).as("seed counts for " + frameworkId).isNotEmpty();

        Map<String, Integer> actual = actualCounts(framework);
        List<String> mismatches = new ArrayList<>();
        for (Row row : expected) {
            int found = actual.getOrDefault(row.group(), 0);
            if (found != row.count()) {
                mismatches.add(row.group() + ": seed has " + row.count() + ", dataset has " + found);
            }
        }
        List<String> counted = expected.stream().map(Row::group).toList();
        actual.forEach((group, n) -> {
            if (!counted.contains(group)) {
                mismatches.add(group + ": dataset has " + n + ", seed has none");
            }
        });
        assertThat(mismatches).as("count mismatches in " + frameworkId).isEmpty();
    }

    private static Map<String, Integer> actualCounts(Framework framework) {
        Map<String, Integer> counts = new HashMap<>();
        for (Competency c : framework.competencies()) {
            for (Indicator i : c.indicators()) {
                counts.merge(new Row(c.id(), blank(i.keyThemeId()), blank(i.levelId()), i.polarity().name(), 0).group(),
                        1, Integer::sum);
            }
            putIfAny(counts, c.id(), "KEY_THEMES", c.keyThemes().size());
            putIfAny(counts, c.id(), "SKILLS", c.skills().size());
            putIfAny(counts, c.id(), "FEATURES", c.features().size());
        }
        return counts;
    }

    private static void putIfAny(Map<String, Integer> counts, String competencyId, String kind, int n) {
        if (n > 0) {
            counts.put(new Row(competencyId, "", "", kind, 0).group(), n);
        }
    }

    private static String blank(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static List<Row> expectedRows(String frameworkId) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(COUNTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(frameworkId)).sorted().toList()) {
                Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                    String[] cells = line.split(",", -1);
                    rows.add(new Row(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4])));
                });
            }
        }
        return rows;
    }
}
