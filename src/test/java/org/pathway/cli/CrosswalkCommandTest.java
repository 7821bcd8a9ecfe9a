package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CrosswalkCommandTest {

    @Test
    void suggestPrintsEachCompetencyWithItsRankedCandidates() {
        CliRun run = CliRun.run("crosswalk", "suggest", "--from", "cherwell-south-northants", "--to", "cambridge-city");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("cherwell-south-northants -> cambridge-city")
                .containsPattern("  Customer Focus\\n\\s+0\\.\\d+  Customer .*\\(customer, ");
    }

    @Test
    void jsonIsAListOfLinksFromCompetencyToCompetencyWithScoreAndMatchedWords() {
        CliRun run = CliRun.run("crosswalk", "suggest", "--all", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode links = JsonMapper.builder().build().readTree(run.out());
        assertThat(links.isArray()).isTrue();
        assertThat(links.size()).isGreaterThan(100);
        JsonNode first = links.get(0);
        assertThat(first.get("from").get("framework").asString()).isNotBlank();
        assertThat(first.get("from").get("competency").asString()).isNotBlank();
        assertThat(first.get("to").get("competency").asString()).isNotBlank();
        assertThat(first.get("score").isNumber()).isTrue();
        assertThat(first.get("matched").isArray()).isTrue();
        long pairs = links.valueStream().map(l -> l.get("from").get("framework").asString() + ">"
                + l.get("to").get("framework").asString()).distinct().count();
        assertThat(pairs).isEqualTo(20);
        assertThat(links.valueStream()).noneMatch(l -> l.get("from").get("framework").equals(l.get("to").get("framework")));
    }

    @Test
    void indicatorsComeAsTheirOwnListAndCsvHasAHeader() {
        CliRun indicators = CliRun.run("crosswalk", "suggest", "--from", "slough-leadership", "--to", "ashfield-mansfield",
                "--format", "json", "--level", "indicators");
        CliRun csv = CliRun.run("crosswalk", "suggest", "--from", "slough-leadership", "--to", "ashfield-mansfield",
                "--format", "csv");

        JsonNode links = JsonMapper.builder().build().readTree(indicators.out());
        assertThat(links.get(0).get("from").get("indicator").asString()).startsWith(
                links.get(0).get("from").get("competency").asString() + ".");
        assertThat(csv.out().lines().findFirst()).hasValue("from_framework,from_id,to_framework,to_id,rank,score,matched");
    }

    @Test
    void unknownAndEqualFrameworksAreRefusedInWords() {
        CliRun unknown = CliRun.run("crosswalk", "suggest", "--from", "nowhere", "--to", "cambridge-city");
        CliRun itself = CliRun.run("crosswalk", "suggest", "--from", "cambridge-city", "--to", "cambridge-city");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown framework 'nowhere': expected one of [ashfield-mansfield");
        assertThat(itself.exitCode()).isEqualTo(1);
        assertThat(itself.err()).contains("expected a framework other than 'cambridge-city'");
    }

    @Test
    void mergeSimulateReportsEachUnitAndRoleAndTheMergedCouncilsTrainingNeeds() {
        CliRun run = CliRun.run("merge-simulate", "--workforce", "datasets/workforce/ashfield-mansfield/am-ready-now.json",
                "--workforce", "datasets/workforce/slough-leadership/sl-ready-now.json", "--into", "slough-leadership",
                "--as-of", "2026-11-01", "--accept-suggested");
        CliRun unknown = CliRun.run("merge-simulate", "--workforce", "datasets/workforce/slough-leadership/sl-ready-now.json",
                "--into", "nowhere");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Merger into slough-leadership, as of 2026-11-01: 2 employees", "KEEP",
                "TOO LITTLE", "Middle Manager", "TRAINING NEEDS OF THE MERGED COUNCIL");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown framework 'nowhere'");
    }
}
