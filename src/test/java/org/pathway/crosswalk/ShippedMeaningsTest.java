package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;

/** The shipped meanings are those of the seed frameworks as they are now, and what the model works out. */
class ShippedMeaningsTest {

    private static final FrameworkCatalogue FRAMEWORKS = new FrameworkLoader().load(Path.of("datasets"));

    @Test
    void everySeedCompetencyHasItsMeaningShippedForItsCurrentTexts() throws IOException {
        List<String> shipped = Files.readAllLines(Path.of("src/main/resources" + Meanings.SHIPPED)).stream()
                .filter(line -> !line.startsWith("#")).map(line -> line.split("\t")[0]).toList();

        // If this fails, a seed framework's texts changed: run ./mvnw -q test-compile exec:java@crosswalk-meanings.
        assertThat(shipped).containsExactlyInAnyOrderElementsOf(FRAMEWORKS.all().stream()
                .flatMap(f -> ItemText.competencies(f).stream()).map(Meanings::digest).toList());
    }

    @Test
    void aShippedMeaningIsWhatTheModelWorksOut() {
        ItemText collaborating = ItemText.competencies(FRAMEWORKS.get("ashfield-mansfield")).stream()
                .filter(c -> c.ref().competency().equals("collaborating-and-partnering")).findFirst().orElseThrow();

        assertThat(Meanings.similarity(Meanings.of(collaborating), Meanings.workOut(collaborating)))
                .isGreaterThan(0.9999);
    }

    @Test
    void aCompetencyWhoseTextsChangedIsWorkedOutAfresh() {
        ItemText collaborating = ItemText.competencies(FRAMEWORKS.get("ashfield-mansfield")).stream()
                .filter(c -> c.ref().competency().equals("collaborating-and-partnering")).findFirst().orElseThrow();
        ItemText renamed = new ItemText(collaborating.ref(), "Commercial acumen", collaborating.fields(),
                List.of("Commercial acumen. Generating income through trading and contracts."), List.of());

        assertThat(Meanings.digest(renamed)).isNotEqualTo(Meanings.digest(collaborating));
        assertThat(Meanings.similarity(Meanings.of(renamed), Meanings.of(collaborating))).isLessThan(0.9);
    }
}
