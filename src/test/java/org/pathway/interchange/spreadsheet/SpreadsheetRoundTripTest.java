package org.pathway.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkLoader;
import org.pathway.framework.Indicator;
import org.pathway.framework.Polarity;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.Seeds;

class SpreadsheetRoundTripTest {

    private final XlsxTemplate xlsx = new XlsxTemplate();
    private final CsvTemplate csv = new CsvTemplate();

    static Stream<String> frameworkIds() {
        return Seeds.frameworkIds();
    }

    @ParameterizedTest
    @MethodSource("frameworkIds")
    void everySeedFrameworkAndItsRolesRoundTripThroughXlsxUnchanged(String frameworkId) {
        Framework framework = Seeds.framework(frameworkId);

        ImportedFramework imported = xlsx.read(frameworkId + ".xlsx", xlsx.write(framework, Seeds.roles(frameworkId)));

        assertThat(imported.framework()).isEqualTo(framework);
        assertThat(imported.roles()).isEqualTo(Seeds.roles(frameworkId));
    }

    @ParameterizedTest
    @MethodSource("frameworkIds")
    void everySeedFrameworkAndItsRolesRoundTripThroughCsvUnchanged(String frameworkId) {
        Framework framework = Seeds.framework(frameworkId);

        ImportedFramework imported = csv.read(frameworkId + ".csv", csv.write(framework, Seeds.roles(frameworkId)));

        assertThat(imported.framework()).isEqualTo(framework);
        assertThat(imported.roles()).isEqualTo(Seeds.roles(frameworkId));
    }

    @Test
    void textASpreadsheetProgramWouldRunAsAFormulaIsWrittenToCsvAsTextAndReadBackUnchanged() {
        Framework tiny = new FrameworkLoader().load(Path.of("src/test/resources/fixtures/valid")).get("tiny");
        Competency listening = tiny.competencies().get(0);
        Indicator formula = new Indicator("listening.level-1.02", "level-1", null, Polarity.EFFECTIVE,
                "=HYPERLINK(\"http://example.org\",\"Listens\")", List.of("@mentions colleagues", "-1 for interrupting"));
        List<Indicator> indicators = new ArrayList<>(listening.indicators());
        indicators.add(formula);
        Framework risky = new Framework(tiny.id(), tiny.name(), tiny.organisations(), tiny.source(), tiny.description(),
                tiny.scale(), tiny.clusters(), List.of(new Competency(listening.id(), listening.code(), listening.name(),
                        listening.clusterId(), listening.definition(), listening.levelIds(), listening.skills(),
                        listening.features(), listening.keyThemes(), indicators, listening.notes())), tiny.notes());

        byte[] file = csv.write(risky, List.of());

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(").doesNotContain(",=HYPERLINK");
        assertThat(csv.read("risky.csv", file).framework()).isEqualTo(risky);
    }
}
