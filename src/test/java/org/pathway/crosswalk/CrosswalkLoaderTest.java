package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;

/** The crosswalk dataset files: the shipped ones load; broken ones are refused naming the file, pointer and expected. */
class CrosswalkLoaderTest {

    private static FrameworkCatalogue frameworks;

    @TempDir
    Path datasets;

    @BeforeAll
    static void frameworks() {
        frameworks = new FrameworkLoader().load(Path.of("datasets"));
    }

    @Test
    void theShippedCrosswalksCoverEveryOrderedPairAndAreOnlySuggested() {
        CrosswalkCatalogue shipped = new CrosswalkLoader().load(Path.of("datasets"), frameworks);

        assertThat(shipped.all()).hasSize(20);
        assertThat(shipped.all()).allSatisfy(c -> assertThat(c.links()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(LinkStatus.SUGGESTED)));
        assertThat(shipped.find("ashfield-mansfield", "slough-leadership")).isPresent();
    }

    @Test
    void unknownIdsSelfLinksAndStrengthsOutsideTheVocabularyAreEachNamed() throws IOException {
        write("unknown-ids.json", """
                {"from": "ashfield-mansfield", "to": "slough-leadership", "links": [
                  {"fromCompetency": "collaborating-and-partnering", "toCompetency": "working-with-others",
                   "strength": "close", "status": "agreed"},
                  {"fromCompetency": "collaborating-and-partnering", "fromIndicator": "nope.01",
                   "toCompetency": "working-effectively-with-others", "toIndicator": "working-effectively-with-others.level-1.01",
                   "strength": "exact", "status": "suggested"}]}""");
        write("itself.json", """
                {"from": "cambridge-city", "to": "cambridge-city", "links": []}""");
        write("strength.json", """
                {"from": "cambridge-city", "to": "slough-leadership", "links": [
                  {"fromCompetency": "communication", "toCompetency": "self-belief", "strength": "identical",
                   "status": "agreed"}]}""");
        write("nowhere.json", """
                {"from": "nowhere", "to": "slough-leadership", "links": []}""");

        List<DatasetProblem> problems = new ArrayList<>();
        CrosswalkCatalogue read = new CrosswalkLoader().read(datasets, frameworks, problems);

        assertThat(read.all()).isEmpty();
        String folder = datasets.resolve("crosswalks") + "/";
        assertThat(problems).map(p -> p.toString().replace(folder, "crosswalks/")).contains(
                "crosswalks/unknown-ids.json at /links/0/toCompetency: expected a competency id of framework"
                        + " 'slough-leadership', found 'working-with-others'",
                "crosswalks/unknown-ids.json at /links/1/fromIndicator: expected an indicator id of competency"
                        + " 'collaborating-and-partnering' of framework 'ashfield-mansfield', found 'nope.01'",
                "crosswalks/itself.json at /to: expected a framework other than 'cambridge-city': a crosswalk joins two"
                        + " different frameworks")
                .anySatisfy(p -> assertThat(p).startsWith("crosswalks/strength.json at /links/0/strength:")
                        .contains("exact", "close", "related"))
                .anySatisfy(p -> assertThat(p).startsWith("crosswalks/nowhere.json at /from: expected one of the"
                        + " framework ids [ashfield-mansfield"));
        assertThatThrownBy(() -> new CrosswalkLoader().load(datasets, frameworks)).isInstanceOf(DatasetException.class);
    }

    private void write(String name, String json) throws IOException {
        Files.createDirectories(datasets.resolve("crosswalks"));
        Files.writeString(datasets.resolve("crosswalks").resolve(name), json);
    }
}
