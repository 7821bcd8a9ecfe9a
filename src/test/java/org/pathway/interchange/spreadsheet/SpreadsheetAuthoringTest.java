package org.pathway.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.framework.Cluster;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.Scale;
import org.pathway.framework.ScaleKind;
import org.pathway.framework.Source;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.Seeds;
import org.pathway.role.Requirement;
import org.pathway.role.RoleBasis;
import org.pathway.role.RoleProfile;

class SpreadsheetAuthoringTest {

    private final XlsxTemplate xlsx = new XlsxTemplate();

    /** What the council in new-framework.csv (and the filled-in blank workbook) writes. */
    private static final Framework RIVERSIDE = new Framework("riverside-customer-service",
            "Riverside Customer Service Competencies", List.of("Riverside District Council"),
            new Source("Customer service competencies 2024.docx", "Customer Service Competencies", "2024-06"), null,
            new Scale(ScaleKind.CUMULATIVE, List.of(new Level("foundation", "Foundation", 1, true),
                    new Level("skilled", "Skilled", 2, true))),
            List.of(new Cluster("serving-residents", "Serving residents", null, null)),
            List.of(new Competency("listening", "CS1", "Listening", "serving-residents",
                            "Hears what residents need and checks it was understood.", List.of(),
                            List.of("Patience", "Questioning"), List.of(), List.of(), List.of(
                                    new Indicator("listening.foundation.01", "foundation", null, Polarity.EFFECTIVE,
                                            "Lets residents finish before answering.", List.of()),
                                    new Indicator("listening.skilled.01", "skilled", null, Polarity.EFFECTIVE,
                                            "Summarises what was agreed before the end of a call.", List.of()),
                                    new Indicator("listening.ineffective.01", null, null, Polarity.INEFFECTIVE,
                                            "Talks over residents.", List.of())), List.of()),
                    new Competency("resolving", "CS2", "Resolving problems", "serving-residents",
                            "Sees a resident's problem through to the end.", List.of("skilled"), List.of(), List.of(),
                            List.of(), List.of(new Indicator("resolving.skilled.01", "skilled", null,
                                    Polarity.EFFECTIVE, "Follows a case up until the resident confirms it is resolved.",
                                    List.of("Added after the 2024 complaints review."))), List.of())),
            List.of("Written by the HR team in the template.", "Levels agreed with the contact centre managers."));

    private static final List<RoleProfile> RIVERSIDE_ROLES = List.of(
            new RoleProfile("adviser", "Customer Adviser", 1, RoleBasis.ILLUSTRATIVE, null, List.of("senior-adviser"),
                    List.of(new Requirement("listening", "foundation", true, 2))),
            new RoleProfile("senior-adviser", "Senior Customer Adviser", 2, RoleBasis.STATED_IN_SOURCE, null, List.of(),
                    List.of(new Requirement("listening", "skilled", true, 2),
                            new Requirement("resolving", "skilled", false, 1.5))));

    @Test
    void aCouncilAuthorsANewFrameworkByFillingInTheCsvTemplateInASpreadsheetProgram() {
        ImportedFramework imported = new CsvTemplate().read(Path.of("src/test/resources/spreadsheet/new-framework.csv"));

        assertThat(imported.framework()).isEqualTo(RIVERSIDE);
        assertThat(imported.roles()).isEqualTo(RIVERSIDE_ROLES);
    }

    @Test
    void aCouncilAuthorsANewFrameworkByFillingInTheBlankWorkbook() {
        byte[] filled = Workbooks.edit(xlsx.blank(), workbook -> {
            Workbooks.fields(workbook, Arrays.asList("riverside-customer-service",
                    "Riverside Customer Service Competencies", "Riverside District Council",
                    "Customer service competencies 2024.docx", "Customer Service Competencies", "2024-06", null,
                    "Cumulative", "Written by the HR team in the template.\nLevels agreed with the contact centre managers."));
            Workbooks.append(workbook, "Levels", "foundation", "Foundation", "1", "Yes");
            Workbooks.append(workbook, "Levels", "skilled", "Skilled", "2", "Yes");
            Workbooks.append(workbook, "Clusters", "serving-residents", "Serving residents");
            Workbooks.append(workbook, "Competencies", "listening", "CS1", "Listening", "serving-residents",
                    "Hears what residents need and checks it was understood.", null, "Patience\nQuestioning");
            Workbooks.append(workbook, "Competencies", "resolving", "CS2", "Resolving problems", "serving-residents",
                    "Sees a resident's problem through to the end.", "skilled");
            Workbooks.append(workbook, "Indicators", "listening.foundation.01", "listening", "foundation", null,
                    "Effective", "Lets residents finish before answering.");
            Workbooks.append(workbook, "Indicators", "listening.skilled.01", "listening", "skilled", null,
                    "Effective", "Summarises what was agreed before the end of a call.");
            Workbooks.append(workbook, "Indicators", "listening.ineffective.01", "listening", null, null,
                    "Ineffective", "Talks over residents.");
            Workbooks.append(workbook, "Indicators", "resolving.skilled.01", "resolving", "skilled", null, "Effective",
                    "Follows a case up until the resident confirms it is resolved.",
                    "Added after the 2024 complaints review.");
            Workbooks.append(workbook, "Roles", "adviser", "Customer Adviser", "1", "Illustrative", null,
                    "senior-adviser");
            Workbooks.append(workbook, "Roles", "senior-adviser", "Senior Customer Adviser", "2", "Stated in source");
            Workbooks.append(workbook, "Requirements", "adviser", "listening", "foundation", "Yes", "2");
            Workbooks.append(workbook, "Requirements", "senior-adviser", "listening", "skilled", "Yes", "2");
            Workbooks.append(workbook, "Requirements", "senior-adviser", "resolving", "skilled", "No", "1.5");
        });

        ImportedFramework imported = xlsx.read("riverside.xlsx", filled);

        assertThat(imported.framework()).isEqualTo(RIVERSIDE);
        assertThat(imported.roles()).isEqualTo(RIVERSIDE_ROLES);
    }

    @Test
    void anAdminAddsACompetencyToSloughsSpreadsheetAndImportsItBack() {
        Framework slough = Seeds.framework("slough-leadership");
        byte[] edited = Workbooks.edit(xlsx.write(slough, Seeds.roles("slough-leadership")), workbook -> {
            Workbooks.append(workbook, "Competencies", "digital-leadership", "L16", "Digital Leadership",
                    "delivering-services", "Using digital services to improve what residents receive.",
                    "level-1\nlevel-2\nlevel-3");
            Workbooks.append(workbook, "Indicators", "digital-leadership.level-1.01", "digital-leadership", "level-1",
                    null, "Effective", "Uses the council's digital tools confidently.");
            Workbooks.append(workbook, "Indicators", "digital-leadership.level-3.01", "digital-leadership", "level-3",
                    null, "Effective", "Sets the direction for digital services across the directorate.");
        });

        Framework imported = xlsx.read("slough.xlsx", edited).framework();

        assertThat(imported.competencies()).hasSize(16);
        assertThat(imported.competencies().subList(0, 15)).isEqualTo(slough.competencies());
        Competency added = imported.competency("digital-leadership").orElseThrow();
        assertThat(added.levelIds()).containsExactly("level-1", "level-2", "level-3");
        assertThat(added.indicators()).extracting(Indicator::text).containsExactly(
                "Uses the council's digital tools confidently.",
                "Sets the direction for digital services across the directorate.");
    }

    @Test
    void theBlankTemplatesHaveEverySheetAndNothingToImportYet() {
        assertThat(new String(new CsvTemplate().blank(), StandardCharsets.UTF_8))
                .contains("[Framework]", "Scale kind", "[Levels]", "[Indicators]", "ID,Competency ID,Level ID",
                        "[Requirements]");
        assertThatThrownBy(() -> xlsx.read("blank.xlsx", xlsx.blank()))
                .hasMessageContaining("blank.xlsx at sheet Framework, row 2, column B (Value): expected the"
                        + " framework's id");
    }
}
