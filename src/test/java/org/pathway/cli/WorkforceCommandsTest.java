package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorkforceCommandsTest {

    private static final String WORKFORCE = "datasets/workforce/chief-officers-appendix-2";

    @Test
    void tnaPrintsRankedNeedsAndABreakdownForTheUnit() {
        CliRun run = CliRun.run("tna", "--workforce", WORKFORCE, "--unit", "Place", "--by", "service",
                "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Training needs analysis: Place, ").contains("Ranked needs",
                "By service: Place/");
        assertThat(run.out()).doesNotContain("By service: Resources/");
        assertThat(run.out().lines().findFirst().orElseThrow())
                .containsPattern(", as of 2026-11-01, under policy and rules version [0-9a-f]{12}$");
    }

    @Test
    void tnaAsCsvHasAHeaderAndAnAllRowForEveryRankedNeed() {
        CliRun run = CliRun.run("tna", "--workforce", WORKFORCE, "--as-of", "2026-11-01", "--format", "csv");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("framework,unit,competency_id,competency,required_rank,level,"
                + "short_current_role,essential_current_role,short_next_role,essential_next_role,need");
        assertThat(lines).filteredOn(l -> l.startsWith("chief-officers-appendix-2,ALL,")).isNotEmpty();
        assertThat(lines.stream().skip(1)).allSatisfy(l -> assertThat(l).startsWith("chief-officers-appendix-2,"));
    }

    @Test
    void aBadUnitIsAUsageErrorSayingWhatWasExpected() {
        CliRun run = CliRun.run("tna", "--workforce", WORKFORCE, "--unit", "A/B/C/D");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--unit: expected Directorate, Directorate/Service or"
                + " Directorate/Service/Team, found 'A/B/C/D'");
    }

    @Test
    void successionShowsBenchStrengthRiskAndRankedCandidates() {
        CliRun run = CliRun.run("succession", "--workforce", WORKFORCE, "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Service Director", "Chief Executive", "READY NOW", "best candidates");
        assertThat(run.out()).containsPattern("Succession pipeline: .*, under policy and rules version [0-9a-f]{12}");
        JsonNode json = JsonMapper.builder().build().readTree(CliRun.run("succession", "--workforce", WORKFORCE,
                "--role", "chief-executive", "--as-of", "2026-11-01", "--format", "json").out());
        JsonNode chiefExecutive = json.get("roles").get(0);
        assertThat(chiefExecutive.get("roleId").asString()).isEqualTo("chief-executive");
        assertThat(chiefExecutive.get("candidates").asInt()).isEqualTo(chiefExecutive.get("ranked").size());
    }

    @Test
    void generateWritesAReproducibleWorkforceThatReadsBack(@TempDir Path out) throws IOException {
        CliRun first = CliRun.run("generate", "--framework", "slough-leadership", "--employees", "30", "--seed", "4",
                "--as-of", "2026-11-01", "--out", out.resolve("a").toString());
        CliRun.run("generate", "--framework", "slough-leadership", "--employees", "30", "--seed", "4",
                "--as-of", "2026-11-01", "--out", out.resolve("b").toString());

        assertThat(first.out()).isEqualTo("30 employees written to 1 file in " + out.resolve("a") + "\n");
        Path file = out.resolve("a/slough-leadership-seed4-0001.json");
        assertThat(Files.readString(file)).isEqualTo(Files.readString(out.resolve("b/slough-leadership-seed4-0001.json")));
        CliRun tna = CliRun.run("tna", "--workforce", file.toString(), "--as-of", "2026-11-01");
        assertThat(tna.out()).contains("30 employees");
    }

    @Test
    void aMissingWorkforceIsAClearError() {
        CliRun run = CliRun.run("succession", "--workforce", "no/such/place");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/place: expected an employee or workforce JSON file, or a folder of them");
    }
}
