package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pathway equality} on the demo council's files, and a file with a characteristic outside its vocabulary. */
class EqualityCommandTest {

    private static final String WORKFORCE = "datasets/workforce/ashfield-mansfield";

    @Test
    void printsEachCharacteristicWithSmallGroupsWithheldAndTheFlagsWithWhatDrivesThem() {
        CliRun run = CliRun.run("equality", "--workforce", WORKFORCE, "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Equality impact: whole council by directorate")
                .contains("SEX", "DISABILITY", "SEXUAL ORIENTATION", "<10/withheld", "BELOW FOUR FIFTHS");
        assertThat(run.out()).doesNotContain("am-0", "am-ready-now");
    }

    @Test
    void asCsvEveryShownFigureIsAboutTenPeopleOrMore() {
        CliRun run = CliRun.run("equality", "--workforce", WORKFORCE, "--as-of", "2026-11-01", "--by", "service",
                "--format", "csv");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("characteristic,unit,group,people,ready_now_rate,");
        assertThat(lines.stream().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[3]))
                .allSatisfy(people -> assertThat(people.startsWith("fewer than") || Integer.parseInt(people) >= 10)
                        .as(people).isTrue());
    }

    @Test
    void aCharacteristicOutsideItsVocabularyIsRefusedWithItsJsonPointer(@TempDir Path dir) throws IOException {
        String employee = Files.readString(Path.of(WORKFORCE, "am-ready-now.json"))
                .replaceFirst("\"frameworkId\"", "\"characteristics\": {\"sex\": \"woman\"}, \"frameworkId\"");
        Files.writeString(dir.resolve("ann.json"), employee);

        CliRun run = CliRun.run("equality", "--workforce", dir.toString(), "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("ann.json", "/characteristics/sex",
                "expected one of [female, male, prefer-not-to-say], found 'woman'");
    }

    @Test
    void successionNamesTheRolesWhoseHoldersMayLeaveWithNoReadySuccessor() {
        CliRun run = CliRun.run("succession", "--workforce", WORKFORCE, "--as-of", "2026-11-01",
                "--horizon-months", "36");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Succession risk: \\d+ of \\d+ roles covered")
                .contains("counting each of the", "AT RISK: Head of Service (ashfield-mansfield): 1 holder(s) may leave");
        assertThat(CliRun.run("succession", "--workforce", WORKFORCE, "--horizon-months", "0").err())
                .contains("--horizon-months: expected a number of months from 1 to 120, found 0");
    }
}
