package org.pathway.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.framework.Framework;
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
}
