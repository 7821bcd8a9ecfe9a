package org.pathway.interchange.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.framework.Framework;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.Seeds;

class CaseRoundTripTest {

    private final CaseExporter exporter = new CaseExporter();
    private final CaseImporter importer = new CaseImporter();

    static Stream<String> frameworkIds() {
        return Seeds.frameworkIds();
    }

    @ParameterizedTest
    @MethodSource("frameworkIds")
    void everySeedFrameworkAndItsRolesRoundTripThroughCaseUnchanged(String frameworkId) {
        Framework framework = Seeds.framework(frameworkId);
        byte[] casePackage = exporter.toBytes(framework, Seeds.roles(frameworkId));

        CaseImport result = importer.read(frameworkId + ".json", casePackage, CaseImportOptions.none());

        assertThat(result).isInstanceOf(CaseImport.Imported.class);
        ImportedFramework imported = ((CaseImport.Imported) result).imported();
        assertThat(imported.framework()).isEqualTo(framework);
        assertThat(imported.roles()).isEqualTo(Seeds.roles(frameworkId));
    }
}
