package org.pathway.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkLoader;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.InputLimit;
import org.pathway.role.RoleLoader;
import org.pathway.role.RoleProfile;

/**
 * The tiny fixture framework's workbook: Levels rows 2-3 are level-1 and level-2, Competencies row 2 is listening,
 * Indicators rows 2-4 are listening.level-1.01, listening.level-2.01 and listening.ineffective.01.
 */
class SpreadsheetBadInputTest {

    private static final Path VALID = Path.of("src/test/resources/fixtures/valid");
    private static final Framework TINY = new FrameworkLoader().load(VALID).get("tiny");
    private static final List<RoleProfile> TINY_ROLES = new RoleLoader().load(VALID,
            new FrameworkLoader().load(VALID)).rolesOf("tiny");

    private final XlsxTemplate xlsx = new XlsxTemplate();
    private final CsvTemplate csv = new CsvTemplate();

    private static List<String> problems(Supplier<ImportedFramework> read) {
        try {
            ImportedFramework imported = read.get();
            throw new AssertionError("expected the import to be refused, got " + imported);
        } catch (DatasetException e) {
            return e.problems().stream().map(DatasetProblem::toString).toList();
        }
    }

    private List<String> xlsxProblems(Consumer<XSSFWorkbook> change) {
        byte[] edited = Workbooks.edit(xlsx.write(TINY, TINY_ROLES), change);
        return problems(() -> xlsx.read("tiny.xlsx", edited));
    }

    @Test
    void theTinyWorkbookImportsWhenNothingIsWrongWithIt() {
        assertThat(xlsx.read("tiny.xlsx", xlsx.write(TINY, TINY_ROLES)).framework()).isEqualTo(TINY);
    }

    @Test
    void aCsvFileGivenAsAWorkbookIsRefusedSayingWhatItIs() {
        assertThat(problems(() -> xlsx.read("tiny.xlsx", csv.write(TINY, TINY_ROLES)))).containsExactly(
                "tiny.xlsx: expected an XLSX workbook, found plain text (a CSV file?): import it as CSV, or open it in"
                        + " a spreadsheet program and save it as .xlsx");
    }

    @Test
    void aWorkbookGivenAsCsvIsRefusedSayingWhatItIs() {
        assertThat(problems(() -> csv.read("tiny.csv", xlsx.write(TINY, TINY_ROLES)))).containsExactly(
                "tiny.csv: expected CSV text, found a ZIP archive (an XLSX workbook or another Office file): import a"
                        + " workbook as XLSX");
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsTheWorkbookHas() {
        assertThat(xlsxProblems(workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Indicators"))))
                .containsExactly("tiny.xlsx: expected a sheet named 'Indicators'; the workbook's sheets are [About,"
                        + " Framework, Levels, Clusters, Competencies, Key themes, Roles, Requirements]");
    }

    @Test
    void aMissingColumnIsNamedWithTheHeadersTheSheetHas() {
        assertThat(xlsxProblems(workbook -> Workbooks.set(workbook, "Indicators", 1, 4, "Kind")))
                .containsExactly("tiny.xlsx at sheet Indicators, row 1: expected a column headed 'Polarity'; the"
                        + " headers are [ID, Competency ID, Level ID, Key theme ID, Kind, Text, Notes]");
    }

    @Test
    void aDuplicateIdIsReportedAtItsCell() {
        assertThat(xlsxProblems(workbook -> Workbooks.set(workbook, "Indicators", 3, 0, "listening.level-1.01")))
                .containsExactly("tiny.xlsx at sheet Indicators, row 3, column A (ID): duplicate indicator id"
                        + " 'listening.level-1.01'");
    }

    @Test
    void aLevelNotInTheScaleIsReportedAtItsCellWithTheLevelsExpected() {
        assertThat(xlsxProblems(workbook -> Workbooks.set(workbook, "Indicators", 3, 2, "level-3")))
                .containsExactly("tiny.xlsx at sheet Indicators, row 3, column C (Level ID): expected one of competency"
                        + " 'listening' levels [level-1, level-2], found 'level-3'");
    }

    @Test
    void cellsThatCannotBeReadAreAllReportedInWordsAtOnce() {
        assertThat(xlsxProblems(workbook -> {
            Workbooks.set(workbook, "Levels", 2, 2, "first");
            Workbooks.set(workbook, "Indicators", 2, 4, "Good");
            Workbooks.set(workbook, "Indicators", 3, 1, "speaking");
            Workbooks.set(workbook, "Competencies", 2, 0, "Listening Well");
            Workbooks.set(workbook, "Requirements", 2, 3, "Maybe");
        })).containsExactly(
                "tiny.xlsx at sheet Levels, row 2, column C (Rank): expected a whole number, found 'first'",
                "tiny.xlsx at sheet Competencies, row 2, column A (ID): expected an id: lower-case letters and digits,"
                        + " words joined by '-' or '.' (e.g. 'self-belief'), found 'Listening Well'",
                "tiny.xlsx at sheet Indicators, row 2, column B (Competency ID): expected one of the competency IDs on"
                        + " sheet Competencies, found 'listening'",
                "tiny.xlsx at sheet Indicators, row 3, column B (Competency ID): expected one of the competency IDs on"
                        + " sheet Competencies, found 'speaking'",
                "tiny.xlsx at sheet Indicators, row 4, column B (Competency ID): expected one of the competency IDs on"
                        + " sheet Competencies, found 'listening'",
                "tiny.xlsx at sheet Requirements, row 2, column D (Essential): expected Yes or No, found 'Maybe'");
    }

    @Test
    void aPolarityThatIsNotAChoiceIsReportedWithTheChoices() {
        assertThat(xlsxProblems(workbook -> Workbooks.set(workbook, "Indicators", 2, 4, "Good"))).containsExactly(
                "tiny.xlsx at sheet Indicators, row 2, column E (Polarity): expected one of [Effective, Ineffective],"
                        + " found 'Good'");
    }

    @Test
    void aCsvWithAMissingSectionOrAnUnknownCompetencyIsReportedByRow() {
        String template = new String(csv.write(TINY, TINY_ROLES), StandardCharsets.UTF_8);
        String withoutClusters = template.replace("[Clusters]", "[Groups]");
        String unknown = template.replace("listening.level-2.01,listening,", "listening.level-2.01,hearing,");

        assertThat(problems(() -> csv.read("tiny.csv", withoutClusters.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("tiny.csv: expected a section [Clusters] (a line with just that, then a line of"
                        + " headers); the file's sections are [Framework, Levels, Groups, Competencies, Key themes,"
                        + " Indicators, Roles, Requirements]");
        assertThat(problems(() -> csv.read("tiny.csv", unknown.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "tiny.csv at section [Indicators], row 32, column B (Competency ID): expected one of the competency IDs"
                        + " on sheet Competencies, found 'hearing'");
    }

    @Test
    void aCsvSavedInAnotherEncodingIsRefusedWithHowToSaveIt() {
        byte[] windows = "[Framework]\r\nField,Value\r\nName,Caf\u00e9 standards\r\n".getBytes(Charset.forName("windows-1252"));

        assertThat(problems(() -> csv.read("cafe.csv", windows))).containsExactly(
                "cafe.csv: expected UTF-8 text: save the file as \"CSV UTF-8 (Comma delimited)\"");
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsParsed() {
        byte[] eleven = new byte[11 * 1024 * 1024];

        assertThat(problems(() -> xlsx.read("huge.xlsx", eleven))).containsExactly("huge.xlsx: expected a file of at"
                + " most 10 MB, this one is larger: split it or leave out what is not needed");
        assertThat(problems(() -> csv.read("huge.csv", new ByteArrayInputStream(eleven)))).hasSize(1);
    }

    @Test
    void aWorkbookThatWouldExpandPastTheLimitIsRefusedBeforePoiOpensIt() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThat(bomb.size()).isLessThan(InputLimit.DEFAULT_MAX_BYTES);
        assertThat(problems(() -> xlsx.read("bomb.xlsx", bomb.toByteArray()))).containsExactly(
                "bomb.xlsx: expected a workbook that expands to at most 100 MB, this one expands to more");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedAsNotOne() throws IOException {
        ByteArrayOutputStream photos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(photos)) {
            zip.putNextEntry(new ZipEntry("holiday.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }

        assertThat(problems(() -> xlsx.read("photos.xlsx", photos.toByteArray()))).singleElement().asString()
                .startsWith("photos.xlsx: expected an XLSX workbook, found a ZIP archive that is not one");
    }
}
