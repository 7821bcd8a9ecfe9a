package org.pathway.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.pathway.audit.AuditTrail;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.interchange.casepackage.OfficialCaseSchema;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16's "done when": an admin exports Slough's framework to a spreadsheet, adds a competency as a spreadsheet
 * program would, uploads it, publishes it and sees it in the frameworks browser, and a restart keeps it; the same
 * framework round-trips through CASE, valid against the official schema. A database and service of its own, since it
 * changes a shipped framework.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:publishing-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class FrameworkPublishingTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "pathway-demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private PublishedFrameworkRepository stored;

    @Autowired
    private AuditRepository auditEvents;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void anAdminAddsACompetencyToSloughsWorkbookPublishesItAndARestartKeepsIt() throws IOException {
        byte[] exported = mvc.get().uri("/api/frameworks/slough-leadership/export?format=xlsx")
                .with(httpBasic(ADMIN, PASSWORD)).exchange().getResponse().getContentAsByteArray();
        byte[] edited = withNewCompetency(exported);

        var upload = mvc.post().uri("/api/admin/frameworks/drafts?file=slough-leadership.xlsx")
                .with(httpBasic(ADMIN, PASSWORD)).contentType("application/octet-stream").content(edited).exchange();

        assertThat(upload.getResponse().getStatus()).as(upload.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode draft = JSON.readTree(upload.getResponse().getContentAsString());
        assertThat(draft.get("competencies").asInt()).isEqualTo(16);
        assertThat(draft.get("replaces").asBoolean()).isTrue();
        assertThat(draft.toString()).contains("SL16 Working with partners");
        // an upload publishes nothing
        assertThat(mvc.get().uri("/frameworks/slough-leadership")).hasStatusOk().bodyText()
                .doesNotContain("Working with partners");

        assertThat(mvc.post().uri(draft.get("publish").asString()).with(httpBasic(ADMIN, PASSWORD))).hasStatusOk();

        assertThat(mvc.get().uri("/frameworks")).hasStatusOk().bodyText()
                .containsPattern("Leadership Job Family Competency and Behavioural Framework</a></th>\\s*<td[^>]*>[^<]*</td>"
                        + "\\s*<td[^>]*>cumulative levels[^<]*</td>\\s*<td[^>]*>16</td>");
        assertThat(mvc.get().uri("/frameworks/slough-leadership")).hasStatusOk().bodyText()
                .contains("SL16 Working with partners", "Builds alliances with partner organisations.");
        assertThat(auditEvents.findByActorOrderById(ADMIN)).extracting(e -> e.getAction() + " " + e.getEntityId())
                .contains("UPLOAD slough-leadership", "PUBLISH slough-leadership");

        FrameworkCatalogue afterRestart = new FrameworkLoader().load(Path.of("datasets"));
        RoleCatalogue rolesAfterRestart = new RoleLoader().load(Path.of("datasets"), afterRestart);
        new PublishedFrameworks(stored, afterRestart, rolesAfterRestart, audit, events, Clock.systemUTC()).restore();
        assertThat(afterRestart.get("slough-leadership").competencies()).hasSize(16);
        assertThat(rolesAfterRestart.rolesOf("slough-leadership")).hasSize(3);
    }

    @Test
    void sloughRoundTripsThroughCaseValidAgainstTheOfficialSchema() throws IOException {
        String before = mvc.get().uri("/api/frameworks/slough-leadership").with(httpBasic(ADMIN, PASSWORD)).exchange()
                .getResponse().getContentAsString();
        byte[] casePackage = mvc.get().uri("/api/frameworks/slough-leadership/export?format=case")
                .with(httpBasic(ADMIN, PASSWORD)).exchange().getResponse().getContentAsByteArray();
        assertThat(OfficialCaseSchema.violations(JSON.readTree(casePackage))).isEmpty();

        var upload = mvc.post().uri("/api/admin/frameworks/drafts?file=slough-leadership.json").with(httpBasic(ADMIN, PASSWORD))
                .contentType("application/json").content(casePackage).exchange();
        assertThat(upload.getResponse().getStatus()).isEqualTo(201);
        String publish = JSON.readTree(upload.getResponse().getContentAsString()).get("publish").asString();
        assertThat(mvc.post().uri(publish).with(httpBasic(ADMIN, PASSWORD))).hasStatusOk();

        assertThat(mvc.get().uri("/api/frameworks/slough-leadership").with(httpBasic(ADMIN, PASSWORD))).hasStatusOk()
                .bodyText().isEqualTo(before);
    }

    @Test
    void aNewFrameworkWithItsRolesCanBeAnalysedAgainstOncePublished() throws IOException {
        byte[] template = Files.readAllBytes(Path.of("src/test/resources/spreadsheet/new-framework.csv"));
        var upload = mvc.post().uri("/api/admin/frameworks/drafts?file=new-framework.csv")
                .with(httpBasic(ADMIN, PASSWORD)).contentType("text/csv").content(template).exchange();
        String publish = JSON.readTree(upload.getResponse().getContentAsString()).get("publish").asString();
        assertThat(mvc.post().uri(publish).with(httpBasic(ADMIN, PASSWORD))).hasStatusOk();

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic(ADMIN, PASSWORD)).contentType("text/csv")
                .content("employee_id,name,framework_id,current_role_id,contracted_hours\n"
                        + "rs-adviser,Rita Shah,riverside-customer-service,adviser,37\n")).hasStatusOk();

        assertThat(mvc.get().uri("/api/employees/rs-adviser/readiness?target=senior-adviser")
                .with(httpBasic(ADMIN, PASSWORD))).hasStatusOk().bodyText().contains("senior-adviser");
        assertThat(mvc.get().uri("/api/frameworks/riverside-customer-service/roles").with(httpBasic("hannah", PASSWORD)))
                .hasStatusOk().bodyText().contains("Senior Customer Adviser");
    }

    @Test
    void aDraftThatIsNotKeptCannotBePublished() {
        assertThat(mvc.post().uri("/api/admin/frameworks/drafts/6f1c1c4e-0000-4000-8000-000000000000/publish")
                .with(httpBasic(ADMIN, PASSWORD))).hasStatus(404).bodyText().contains("upload the file again");
    }

    /** What HR does in a spreadsheet program: a new competency row and its first indicator. */
    private static byte[] withNewCompetency(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String cluster = workbook.getSheet("Clusters").getRow(1).getCell(0).getStringCellValue();
            String level = workbook.getSheet("Levels").getRow(1).getCell(0).getStringCellValue();
            append(workbook.getSheet("Competencies"), "working-with-partners", "SL16", "Working with partners", cluster,
                    "Builds alliances with partner organisations.", level);
            append(workbook.getSheet("Indicators"), "working-with-partners." + level + ".01", "working-with-partners",
                    level, "", "Effective", "Keeps partners informed of decisions that affect them.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void append(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
