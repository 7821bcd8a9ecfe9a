package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pathway.people.EmployeeRepository;
import org.pathway.people.EvidenceKey;
import org.pathway.people.EvidenceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Employees and evidence from HR's workbooks: the same all-or-nothing checks as CSV, every bad row named by sheet,
 * row and column; numbers and dates typed as a spreadsheet program stores them are read as the values they show.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XlsxImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Object[] STAFF = {"employee_id", "name", "framework_id", "current_role_id", "directorate",
            "service", "team", "manager_id", "contracted_hours"};

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EmployeeRepository employees;

    @Autowired
    private EvidenceRepository evidence;

    @Test
    void oneBadRowAndNoEmployeeIsImportedWithEveryBadCellNamedBySheetRowAndColumn() {
        long before = employees.count();
        byte[] workbook = workbook("Staff", STAFF,
                new Object[] {"xl-ada", "Ada Lovell", "slough-leadership", "middle-manager", "Place", "Housing", "", "",
                        37},
                new Object[] {"xl-bob", "Bob Hart", "nowhere", "officer", "", "", "", "", 37},
                new Object[] {"xl-cy", "Cy Dunn", "slough-leadership", "mayor", "", "", "", "", "forty"});

        assertThat(post("employees", workbook)).hasStatus(400).bodyText().contains(
                "\"field\":\"sheet Staff, row 3, column C (framework_id)\"",
                "\"field\":\"sheet Staff, row 4, column I (contracted_hours)\"",
                "expected hours a week such as 37 or 22.5, found 'forty'");
        assertThat(employees.count()).isEqualTo(before);
    }

    @Test
    void aCharacteristicOutsideItsVocabularyIsNamedBySheetRowAndColumnAndNothingIsImported() {
        byte[] workbook = workbook("Staff", new Object[] {"employee_id", "name", "framework_id", "current_role_id",
                "contracted_hours", "ethnic_group", "sexual_orientation"},
                new Object[] {"xl-fay", "Fay Gale", "slough-leadership", "middle-manager", 37, "white", "bisexual"},
                new Object[] {"xl-gus", "Gus Hale", "slough-leadership", "middle-manager", 37, "british", ""});

        assertThat(post("employees", workbook)).hasStatus(400).bodyText().contains(
                "\"field\":\"sheet Staff, row 3, column F (ethnic_group)\"",
                "expected one of [asian, black, mixed, white, other, prefer-not-to-say], found 'british'");
        assertThat(employees.findById("xl-fay")).isEmpty();
    }

    @Test
    void aGoodWorkbookImportsEveryEmployeeWithNumbersAsTyped() {
        byte[] workbook = workbook("Staff", STAFF,
                new Object[] {"xl-dee", "Dee Amos", "slough-leadership", "middle-manager", "Place", "Housing",
                        "Lettings", "", 22.5},
                new Object[] {"xl-eli", "Eli Ford", "slough-leadership", "middle-manager", "", "", "", "xl-dee", 37});

        assertThat(post("employees?dryRun=true", workbook)).hasStatusOk().bodyJson().extractingPath("$.imported")
                .isEqualTo(0);
        assertThat(employees.findById("xl-dee")).isEmpty();
        assertThat(post("employees", workbook)).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(2);
        assertThat(employees.findById("xl-dee").orElseThrow().toEmployee(java.util.List.of()).contractedHours())
                .isEqualTo(22.5);
    }

    @Test
    void aUnitWithoutItsTeamIsRefused() {
        byte[] workbook = workbook("Staff", STAFF, new Object[] {"xl-fay", "Fay Gold", "slough-leadership",
                "middle-manager", "Place", "Housing", "", "", 37});

        assertThat(post("employees", workbook)).hasStatus(400).bodyText().contains(
                "\"field\":\"sheet Staff, row 2, column G (team)\"", "a unit is a directorate, a service and a team");
        assertThat(employees.findById("xl-fay")).isEmpty();
    }

    @Test
    void evidenceWithDatesTypedAsDatesIsImported() {
        byte[] workbook = workbook("Evidence", new Object[] {"employee_id", "evidence_id", "competency_id",
                        "indicator_id", "source", "status", "observed_on", "validated_by", "validated_on", "example"},
                new Object[] {"am-red-flag", "xl-ev-1", "delivering-at-pace", "delivering-at-pace.level-2.01", "MANAGER",
                        "VALIDATED", LocalDate.of(2026, 6, 1), "am-ready-1-2", LocalDate.of(2026, 6, 2),
                        "Ran the winter gritting plan"});

        assertThat(post("evidence", workbook)).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
        assertThat(evidence.findById(new EvidenceKey("am-red-flag", "xl-ev-1")).orElseThrow().toEvidence().observedOn())
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aMissingColumnIsNamedByItsSheetAndHeaderRow() {
        byte[] workbook = workbook("Evidence", new Object[] {"employee_id", "evidence_id"},
                new Object[] {"am-red-flag", "xl-ev-2"});

        assertThat(post("evidence", workbook)).hasStatus(400).bodyText()
                .contains("\"field\":\"sheet Evidence, row 1\"", "expected a column 'competency_id'");
    }

    @Test
    void aCsvFileSentAsAWorkbookIsRefusedInWords() {
        assertThat(post("employees?file=staff.xlsx", "employee_id,name\n".getBytes(StandardCharsets.UTF_8)))
                .hasStatus(400).bodyText().contains("\"field\":\"staff.xlsx\"",
                        "expected an XLSX workbook, found plain text (a CSV file?): send a CSV file as text/csv");
    }

    private MvcTestResult post(String path, byte[] body) {
        return mvc.post().uri("/api/admin/import/" + path).with(httpBasic("admin", "pathway-demo")).contentType(XLSX)
                .content(body).exchange();
    }

    /** A workbook as HR saves one: numbers as numbers, dates as dates in a date format. */
    private static byte[] workbook(String sheetName, Object[] header, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] all = new Object[rows.length + 1][];
            all[0] = header;
            System.arraycopy(rows, 0, all, 1, rows.length);
            for (int r = 0; r < all.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all[r].length; c++) {
                    Object value = all[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (!"".equals(value)) {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
