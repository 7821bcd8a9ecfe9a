package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.audit.AuditRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Framework files that are not what they claim or break the framework's rules: a 400 naming the file and the sheet,
 * row and column or JSON pointer of every problem, and nothing published or kept as a draft; an oversized upload is
 * a 413. Every upload is audited, refused ones too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkUploadBadInputTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private AuditRepository audit;

    @Autowired
    private UserDetailsService users;

    private String frameworksBefore;
    private byte[] slough;

    @BeforeEach
    void before() throws Exception {
        frameworksBefore = mvc.get().uri("/api/frameworks").with(httpBasic("admin", "pathway-demo")).exchange()
                .getResponse().getContentAsString();
        slough = mvc.get().uri("/frameworks/slough-leadership/export?format=xlsx").exchange().getResponse()
                .getContentAsByteArray();
    }

    @Test
    void aCsvFileNamedAsAWorkbook() {
        assertRefused(upload("slough.xlsx", "[Framework]\nField,Value\n".getBytes(StandardCharsets.UTF_8)),
                "\"field\":\"slough.xlsx\"", "expected an XLSX workbook, found plain text (a CSV file?)");
    }

    @Test
    void truncatedJson() throws IOException {
        assertRefused(upload("truncated.json", fixture("truncated.json")), "\"field\":\"truncated.json\"",
                "malformed JSON at line ");
    }

    @Test
    void aMissingSheet() {
        assertRefused(upload("slough.xlsx", edit(w -> w.removeSheetAt(w.getSheetIndex("Indicators")))),
                "expected a sheet named 'Indicators'");
    }

    @Test
    void aDuplicateId() {
        assertRefused(upload("slough.xlsx", edit(w -> w.getSheet("Indicators").getRow(2).getCell(0)
                        .setCellValue(w.getSheet("Indicators").getRow(1).getCell(0).getStringCellValue()))),
                "\"field\":\"slough.xlsx at sheet Indicators, row 3, column A (ID)\"", "duplicate indicator id");
    }

    @Test
    void aLevelNotInTheScale() {
        assertRefused(upload("slough.xlsx", edit(w -> w.getSheet("Indicators").getRow(1).getCell(2)
                        .setCellValue("level-9"))),
                "\"field\":\"slough.xlsx at sheet Indicators, row 2, column C (Level ID)\"", "expected one of");
    }

    @Test
    void aCaseAssociationToAnItemNotInThePackage() throws IOException {
        assertRefused(upload("dangling-association.json", fixture("dangling-association.json")),
                "\"field\":\"dangling-association.json at /CFAssociations/1/destinationNodeURI/identifier\"");
    }

    @Test
    void renumberingAnIndicatorThatStoredEvidenceIsAboutIsRefused() throws IOException {
        byte[] ashfield = mvc.get().uri("/frameworks/ashfield-mansfield/export?format=xlsx").exchange().getResponse()
                .getContentAsByteArray();
        byte[] renumbered = edit(ashfield, w -> w.getSheet("Indicators").forEach(row -> {
            if ("seeing-the-big-picture.level-2.01".equals(row.getCell(0).getStringCellValue())) {
                row.getCell(0).setCellValue("seeing-the-big-picture.level-2.99");
            }
        }));

        assertRefused(upload("ashfield.xlsx", renumbered), "\"field\":\"ashfield.xlsx\"",
                "evidence ev-1 of employee am-00001 is about indicator 'seeing-the-big-picture.level-2.01', which the"
                        + " framework no longer has: keep its id", "... and ",
                "\"field\":\"activities of ashfield-mansfield in use at /activities/");
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWithA413Problem() {
        MvcTestResult result = upload("huge.xlsx", new byte[50 * 1024 * 1024]);

        assertThat(result).hasStatus(413).bodyText().contains("\"status\":413",
                "expected a request body of at most 2097152 bytes");
        assertThat(frameworks()).isEqualTo(frameworksBefore);
    }

    @Test
    void everyUploadIsAuditedRefusedOnesToo() {
        long before = audit.count();

        upload("notes.csv", "not a framework".getBytes(StandardCharsets.UTF_8));

        assertThat(audit.findByActorOrderById("admin")).last().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("UPLOAD");
            assertThat(event.getEntityId()).isEqualTo("notes.csv");
        });
        assertThat(audit.count()).isEqualTo(before + 1);
    }

    @Test
    void thePageShowsTheProblemsInWordsAndPublishesNothing() {
        MockMultipartFile file = new MockMultipartFile("file", "slough.xlsx", "application/octet-stream",
                edit(w -> w.getSheet("Indicators").getRow(1).getCell(2).setCellValue("level-9")));

        assertThat(mvc.post().uri("/admin/frameworks/upload").multipart().file(file)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(users.loadUserByUsername("admin")))).hasStatusOk().bodyText()
                .contains("slough.xlsx cannot be published: 1 problem. Nothing was published.",
                        "slough.xlsx at sheet Indicators, row 2, column C (Level ID): expected one of")
                .doesNotContain("id=\"draft-preview\"");
        assertThat(frameworks()).isEqualTo(frameworksBefore);
    }

    @Test
    void thePageRefusesAnOversizedFileWithA413Page() {
        MockMultipartFile file = new MockMultipartFile("file", "huge.xlsx", "application/octet-stream",
                new byte[3 * 1024 * 1024]);

        assertThat(mvc.post().uri("/admin/frameworks/upload").multipart().file(file)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(users.loadUserByUsername("admin")))).hasStatus(413).bodyText()
                .contains("That file is too large", "at most 2 MB");
    }

    private void assertRefused(MvcTestResult result, String... expected) {
        assertThat(result).hasStatus(400).bodyText().contains("\"errors\"").contains(expected);
        assertThat(frameworks()).isEqualTo(frameworksBefore);
    }

    private MvcTestResult upload(String file, byte[] bytes) {
        return mvc.post().uri("/api/admin/frameworks/drafts?file=" + file).with(httpBasic("admin", "pathway-demo"))
                .contentType("application/octet-stream").content(bytes).exchange();
    }

    private String frameworks() {
        try {
            return mvc.get().uri("/api/frameworks").with(httpBasic("admin", "pathway-demo")).exchange().getResponse()
                    .getContentAsString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private byte[] edit(Consumer<XSSFWorkbook> change) {
        return edit(slough, change);
    }

    private static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/case", name));
    }
}
