package org.pathway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.dataset.DatasetProblem;
import org.pathway.people.EvidenceSource;

/** The policy file: checked against its schema, refused with file, pointer and what is allowed. */
class PolicyFileTest {

    private static final Path FIXTURE = Path.of("src/test/resources/policy/fixture-policy.json");

    private final List<DatasetProblem> problems = new ArrayList<>();

    @Test
    void theShippedPolicyIsValid() {
        Optional<Policy> shipped = PolicyFile.read(Path.of("rules/policy/policy.json"), problems);

        assertThat(problems).isEmpty();
        assertThat(shipped).isPresent();
    }

    @Test
    void everyValueIsReadIntoAnImmutablePolicy() {
        Policy policy = PolicyFile.read(FIXTURE, problems).orElseThrow();

        assertThat(policy.recencyMonths()).isEqualTo(36);
        assertThat(policy.weightOf(EvidenceSource.PEER_360)).isEqualTo(0.75);
        assertThat(policy.countsWhenClaimed(EvidenceSource.MANAGER)).isTrue();
        assertThat(policy.countsWhenClaimed(EvidenceSource.SELF)).isFalse();
        assertThat(policy.levelShare()).isEqualTo(2.0 / 3.0);
        assertThat(policy.tiersFormALadder("ashfield-mansfield")).isTrue();
        assertThat(policy.tiersFormALadder("chief-officers-appendix-2")).isFalse();
        assertThat(policy.poundsPerWeekOfReadiness()).isEqualTo(100);
        assertThat(policy.planPaysSessionShare()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.tierLadders().add("slough"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueOutOfRangeNamesItsPointerAndRange(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"readyNowScore\": 85", "\"readyNowScore\": 185");

        assertThat(PolicyFile.read(file, problems)).isEmpty();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("policy.json");
            assertThat(p.pointer()).isEqualTo("/readyNowScore");
            assertThat(p.message()).endsWith("(allowed: a whole number from 0 to 100)");
        });
    }

    @Test
    void aWeightOutOfRangeNamesTheSource(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"SELF\": 0.5", "\"SELF\": -1");

        PolicyFile.read(file, problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/sourceWeights/SELF");
            assertThat(p.message()).endsWith("(allowed: a number from 0 to 5)");
        });
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheKeysAllowed(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"recencyMonths\": 36,", "\"recencyMonths\": 36, \"recencyWeeks\": 4,");

        PolicyFile.read(file, problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).contains("recencyWeeks").contains("allowed: the keys recencyMonths, redFlagMonths");
        });
    }

    @Test
    void aMissingKeyIsRefused(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"redFlagMonths\": 24,", "");

        PolicyFile.read(file, problems);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("redFlagMonths"));
    }

    @Test
    void aWholeNumberThatIsNotWholeIsRefused(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "\"recencyMonths\": 36", "\"recencyMonths\": 24.5");

        PolicyFile.read(file, problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/recencyMonths");
            assertThat(p.message()).endsWith("(allowed: a whole number from 1 to 120)");
        });
    }

    @Test
    void aFileThatIsNotJsonIsRefusedAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "recencyMonths: 36\nredFlagMonths: 24\n");

        assertThat(PolicyFile.read(file, problems)).isEmpty();

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("malformed JSON at line 1, column"));
    }

    @Test
    void aMissingFileIsRefused(@TempDir Path dir) {
        PolicyFile.read(dir.resolve("policy.json"), problems);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("expected the policy values file"));
    }

    @Test
    void aPolicyWrittenOutIsLaidOutAsTheFileItWasReadFrom() throws IOException {
        String text = Files.readString(FIXTURE);

        assertThat(PolicyFile.text(tools.jackson.databind.json.JsonMapper.builder().build().readTree(text)))
                .isEqualTo(text);
    }

    @Test
    void everySchemaFieldHasALabelAMeaningAndARange() {
        assertThat(PolicySchema.shipped().fields()).hasSize(23).allSatisfy(field -> {
            assertThat(field.title()).isNotBlank().doesNotStartWith("/");
            assertThat(field.description()).isNotBlank();
            assertThat(field.allowed()).isNotBlank();
            assertThat(field.defaultValue()).isNotBlank();
        });
        assertThat(PolicySchema.shipped().fields()).filteredOn(f -> f.pointer().equals("/sourceWeights/PEER_360"))
                .singleElement().extracting(PolicySchema.Field::defaultValue).isEqualTo("0.75");
    }

    private static Path edited(Path dir, String from, String to) throws IOException {
        String text = Files.readString(FIXTURE);
        assertThat(text).contains(from);
        Path file = dir.resolve("policy.json");
        Files.writeString(file, text.replace(from, to));
        return file;
    }
}
