package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.policy.PolicyFile;
import org.pathway.rules.RuleFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code pathway policy preview}: what a proposed policy would change, before anyone publishes it. */
class PolicyPreviewCommandTest {

    private static final String AS_OF = "2026-11-01";

    @Test
    void raisingTheReadyNowScoreHoldsBackOnlyPeopleReadyNowBelowIt(@TempDir Path dir) throws IOException {
        Path rules = rulesIn(dir);
        Path proposal = proposal(dir, "\"readyNowScore\": 85", "\"readyNowScore\": 100");

        CliRun run = CliRun.run("--rules", rules.toString(), "policy", "preview", "--policy", proposal.toString(),
                "--workforce", "datasets/workforce", "--as-of", AS_OF, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode preview = JsonMapper.builder().build().readTree(run.out());
        assertThat(preview.get("changes").get("values")).singleElement()
                .satisfies(v -> assertThat(v.get("label").asString()).isEqualTo("Score for ready now"));
        JsonNode impact = preview.get("impact");
        assertThat(impact.get("transitions").propertyNames()).containsExactly("READY_NOW -> READY_IN_1_2_YEARS");
        assertThat(impact.get("changes").valueStream().toList()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("scoreBefore").asInt()).isLessThan(100))
                .hasSize(impact.get("transitions").get("READY_NOW -> READY_IN_1_2_YEARS").asInt());
    }

    @Test
    void thePolicyInUseChangesNothing(@TempDir Path dir) throws IOException {
        Path rules = rulesIn(dir);

        CliRun run = CliRun.run("--rules", rules.toString(), "policy", "preview", "--policy",
                PolicyFile.of(rules).toString(), "--workforce", "datasets/workforce", "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No value changed.", "0 verdicts would change.");
    }

    @Test
    void aProposalOutOfRangeIsRefusedNamingItsFilePointerAndRange(@TempDir Path dir) throws IOException {
        Path rules = rulesIn(dir);
        Path proposal = proposal(dir, "\"levelShare\": 0.6666666666666666", "\"levelShare\": 1.5");

        CliRun run = CliRun.run("--rules", rules.toString(), "policy", "preview", "--policy", proposal.toString(),
                "--workforce", "datasets/workforce");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(proposal + ": at /levelShare: must have a maximum value of 1 (allowed: a number"
                + " above 0 and at most 1)");
    }

    @Test
    void aProposalThatIsNotJsonIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
        Path rules = rulesIn(dir);
        Path proposal = dir.resolve("proposal.yaml");
        Files.writeString(proposal, "recencyMonths: 24\n");

        CliRun run = CliRun.run("--rules", rules.toString(), "policy", "preview", "--policy", proposal.toString(),
                "--workforce", "datasets/workforce");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(proposal + ": malformed JSON at line 1");
    }

    private static Path rulesIn(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        RuleFolder.copyTo(rules);
        return rules;
    }

    private static Path proposal(Path dir, String from, String to) throws IOException {
        String text = Files.readString(RuleFolder.FIXTURE_POLICY);
        assertThat(text).contains(from);
        Path proposal = dir.resolve("proposal.json");
        Files.writeString(proposal, text.replace(from, to));
        return proposal;
    }
}
