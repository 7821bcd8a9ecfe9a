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

class FrameworkCommandsTest {

    private static final Path BROKEN = Path.of("src/test/resources/fixtures/unknown-level");

    @Test
    void frameworksListsEveryFrameworkWithItsCounts() {
        CliRun run = CliRun.run("frameworks");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).first().asString().startsWith("ID").contains("COMPS", "EFFECTIVE", "INEFFECTIVE");
        assertThat(run.out()).containsPattern("ashfield-mansfield\\s+tiers\\s+10\\s+3\\s+118\\s+20\\s+Leadership Competency")
                .containsPattern("slough-leadership\\s+cumul\\s+15\\s+6\\s+158\\s+0\\s")
                .containsPattern("cambridge-city\\s+behav\\s+27\\s+0\\s+185\\s+124\\s");
    }

    @Test
    void frameworkShowPrintsAnOutlineWithLevelsLowestFirst() {
        CliRun run = CliRun.run("framework", "show", "ashfield-mansfield");

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        assertThat(out).contains("scale: ROLE_TIER Level 3 - Officers/Team Leaders/Supervisors < Level 2 - Service Managers"
                + " < Level 1 - Chief Executives, Directors and Heads of Service");
        assertThat(out).contains("== Strategic - Setting direction ==", "  1 Seeing the big picture",
                "- Articulate the council's Corporate Plan and help people see their role within it.");
        assertThat(out.indexOf("    Level 3 - Officers")).isLessThan(out.indexOf("    Level 1 - Chief"));
        assertThat(out).contains("    Ineffective behaviours\n      - Focuses on short-term concerns");
    }

    @Test
    void frameworkShowAsJsonIsTheNormalisedFramework() {
        CliRun run = CliRun.run("framework", "show", "slough-leadership", "--format", "json");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("id").asString()).isEqualTo("slough-leadership");
        assertThat(json.get("scale").get("kind").asString()).isEqualTo("CUMULATIVE");
        assertThat(json.get("competencies")).hasSize(15);
        assertThat(json.get("competencies").get(0).get("indicators").get(0).has("keyThemeId")).isFalse();
    }

    @Test
    void unknownFrameworkIsAClearErrorListingTheKnownIds() {
        CliRun run = CliRun.run("framework", "show", "nowhere");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("pathway: unknown framework 'nowhere': expected one of [ashfield-mansfield,");
    }

    @Test
    void validatePassesOnTheCommittedDatasets() throws IOException {
        CliRun run = CliRun.run("validate");
        long ruleFiles; // every DRL file, and the policy file
        try (var files = Files.walk(Path.of("rules"))) {
            ruleFiles = files.filter(f -> f.toString().endsWith(".drl")).count() + 1;
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("datasets: \\d+ frameworks, \\d+ role profiles, \\d+ activities, \\d+ crosswalks, \\d+ employees"
                + " valid\\nrules: " + ruleFiles + " rule files compiled and run on the sample employees\\n");
    }

    @Test
    void validateListsProblemsAndExitsNonZero() {
        CliRun run = CliRun.run(BROKEN, "validate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("frameworks/tiny.json at /competencies/0/indicators/1/levelId: expected one of"
                + " competency 'listening' levels [level-1, level-2], found 'level-3'")
                .endsWith("1 problem in " + BROKEN + " and rules\n");
    }

    @Test
    void validateRefusesAPolicyValueOutOfRangeWithFilePointerAndRange(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path policy = PolicyFile.of(rules);
        Files.writeString(policy, Files.readString(policy).replace("\"levelShare\": 0.6666666666666666",
                "\"levelShare\": 1.5"));

        CliRun run = CliRun.run("--rules", rules.toString(), "validate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(policy + ": at /levelShare: must have a maximum value of 1 (allowed: a number"
                + " above 0 and at most 1)");
    }

    @Test
    void brokenDatasetsMakeOtherCommandsFailWithTheProblems() {
        CliRun run = CliRun.run(BROKEN, "frameworks");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("pathway: 1 problem in datasets:");
    }
}
