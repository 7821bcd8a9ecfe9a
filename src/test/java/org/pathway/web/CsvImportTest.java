package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.pathway.people.EmployeeRepository;
import org.pathway.people.EvidenceKey;
import org.pathway.people.EvidenceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** CSV import of evidence and employees: a dry run writes nothing; one bad row and nothing is imported, every bad row named. */
@SpringBootTest
@AutoConfigureMockMvc
class CsvImportTest {

    private static final String HEADER = "employee_id,evidence_id,competency_id,indicator_id,key_theme_id,rating_level_id,"
            + "source,status,observed_on,validated_by,validated_on,rejection_reason,example\n";
    private static final String GOOD = "am-red-flag,imp-1,delivering-at-pace,delivering-at-pace.level-2.01,,,MANAGER,"
            + "VALIDATED,2026-06-01,am-ready-1-2,2026-06-02,,\"Ran the winter gritting plan, on time\"\n";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EvidenceRepository evidence;

    @Autowired
    private EmployeeRepository employees;

    private static final String STAFF = "employee_id,name,framework_id,current_role_id,directorate,service,team,"
            + "manager_id,contracted_hours\n";

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() {
        long before = evidence.count();

        assertThat(mvc.post().uri("/api/admin/import/evidence?dryRun=true").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(HEADER + GOOD)).hasStatusOk().bodyJson()
                .extractingPath("$.rows").isEqualTo(1);
        assertThat(evidence.count()).isEqualTo(before);
    }

    @Test
    void oneBadRowAndNothingIsImportedWithEveryBadRowNamed() {
        long before = evidence.count();
        String bad = "am-red-flag,imp-2,delivering-at-pace,delivering-at-pace.level-9.09,,,MANAGER,VALIDATED,2026-06-01,"
                + "am-ready-1-2,2026-06-02,,\nnobody,imp-3,delivering-at-pace,delivering-at-pace.level-2.01,,,GOSSIP,"
                + "CLAIMED,2026-13-01,,,,\n";

        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(HEADER + GOOD + bad)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 3 indicator_id\"", "\"field\":\"line 4 employee_id\"",
                        "\"field\":\"line 4 source\"", "\"field\":\"line 4 observed_on\"");
        assertThat(evidence.count()).isEqualTo(before);
    }

    @Test
    void goodRowsAreImportedAndOnlyAnAdminMayImport() {
        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("daniel", "pathway-demo"))
                .contentType("text/csv").content(HEADER + GOOD)).hasStatus(403);
        assertThat(mvc.post().uri("/api/admin/import/evidence").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(HEADER + GOOD.replace("imp-1", "imp-9"))).hasStatusOk().bodyJson()
                .extractingPath("$.imported").isEqualTo(1);
        assertThat(evidence.findById(new EvidenceKey("am-red-flag", "imp-9"))).isPresent();
    }

    @Test
    void employeesImportAllOrNothingWithEveryBadRowNamed() {
        long before = employees.count();
        String good = "csv-ada,Ada Lovell,slough-leadership,middle-manager,Place,Housing,Homelessness,,37\n";
        String bad = "csv-bob,Bob Hart,nowhere,officer,,,,,37\ncsv-cy,Cy Dunn,slough-leadership,mayor,,,,,forty\n"
                + "am-ready-now,Hannah Again,ashfield-mansfield,officer,,,,,37\n";

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(STAFF + good + bad)).hasStatus(400).bodyText()
                .contains("\"field\":\"line 3 framework_id\"", "\"field\":\"line 4 contracted_hours\"",
                        "\"field\":\"line 5 employee_id\"");
        assertThat(employees.count()).isEqualTo(before);

        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(STAFF + good)).hasStatusOk().bodyJson()
                .extractingPath("$.imported").isEqualTo(1);
        assertThat(employees.findById("csv-ada")).isPresent();
    }

    @Test
    void textAPersonTypedComesOutOfTheTrainingNeedsDownloadAsTextNotAFormula() throws Exception {
        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", "pathway-demo"))
                .contentType("text/csv").content(STAFF
                        + "csv-formula-1,Formula Person,ashfield-mansfield,officer,=HYPERLINK(\"http://evil\"),Svc,Team,,37\n"))
                .hasStatusOk();

        String download = mvc.get().uri("/training-needs.csv").with(user("lnd").roles("LND")).exchange().getResponse().getContentAsString();

        assertThat(download).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain("\n=HYPERLINK(");
    }
}
