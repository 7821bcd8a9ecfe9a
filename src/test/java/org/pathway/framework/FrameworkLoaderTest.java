package org.pathway.framework;

import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.DatasetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTest {

    private final FrameworkLoader loader = new FrameworkLoader();

    private static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    private static final String TINY = "src/test/resources/fixtures/%s/frameworks/tiny.json";

    private List<String> problems(String fixture) {
        return loader.read(fixture(fixture)).problems().stream().map(DatasetProblem::toString).toList();
    }

    @Test
    void validFixtureLoadsIntoTheModel() {
        Framework tiny = loader.load(fixture("valid")).get("tiny");

        assertThat(tiny.scale().kind()).isEqualTo(ScaleKind.CUMULATIVE);
        Competency listening = tiny.competency("listening").orElseThrow();
        assertThat(listening.effectiveIndicatorsAt("level-2")).extracting(Indicator::text).containsExactly("Listens actively.");
        assertThat(listening.indicators(Polarity.INEFFECTIVE)).singleElement()
                .satisfies(i -> assertThat(i.appliesAtEveryLevel()).isTrue());
        assertThat(tiny.levelsOf(listening)).extracting(Level::rank).containsExactly(1, 2);
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        assertThat(problems("malformed")).containsExactly(TINY.formatted("malformed") + ": malformed JSON at line 4,"
                + " column 3: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void unknownLevelNamesThePointerAndTheLevelsExpected() {
        assertThat(problems("unknown-level")).containsExactly(TINY.formatted("unknown-level")
                + " at /competencies/0/indicators/1/levelId: expected one of competency 'listening' levels"
                + " [level-1, level-2], found 'level-3'");
    }

    @Test
    void duplicateIndicatorIdIsReported() {
        assertThat(problems("duplicate-id")).containsExactly(TINY.formatted("duplicate-id")
                + " at /competencies/0/indicators/1/id: duplicate indicator id 'listening.level-1.01'");
    }

    @Test
    void blankTextIsRefusedBySchema() {
        assertThat(problems("missing-text")).singleElement().asString()
                .startsWith(TINY.formatted("missing-text") + " at /competencies/0/indicators/2/text: ")
                .contains("does not match the regex pattern \\S");
    }

    @Test
    void missingRequiredFieldIsRefusedBySchema() {
        assertThat(problems("missing-field")).singleElement().asString()
                .isEqualTo(TINY.formatted("missing-field")
                        + " at /competencies/0: required property 'clusterId' not found");
    }

    @Test
    void sameFrameworkIdInTwoFilesIsReported() {
        assertThat(problems("duplicate-framework")).containsExactly(
                "src/test/resources/fixtures/duplicate-framework/frameworks/b.json at /id: duplicate framework id 'tiny',"
                        + " already used by src/test/resources/fixtures/duplicate-framework/frameworks/a.json");
    }

    @Test
    void loadRefusesBrokenDatasetsListingEveryProblem() {
        assertThatThrownBy(() -> loader.load(fixture("unknown-level")))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("1 problem in datasets:\n  " + TINY.formatted("unknown-level"));
    }

    @Test
    void missingFolderIsReported() {
        assertThat(problems("no-such-folder")).containsExactly(
                "src/test/resources/fixtures/no-such-folder/frameworks: expected a folder of JSON files");
    }
}
