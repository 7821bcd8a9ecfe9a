package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.pathway.policy.PolicyFile;
import org.pathway.rules.RuleFolder;
import org.pathway.people.EvidenceLedger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The findings read model against the service: a change to one person's evidence reaches training needs and
 * succession and recomputes only them; new rules recompute everyone; an erased person leaves the views; the council
 * loads in two statements and a warm read in none. Its own database and its own copy of the rules, which one test
 * edits and reloads.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class WorkforceFindingsTest {

    private static final String PASSWORD = "pathway-demo";
    private static final Path RULES = copyOfRules();
    private static final String HANNAH = "am-ready-now";

    @DynamicPropertySource
    static void ownDatabaseAndRules(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:findings-test;DB_CLOSE_DELAY=-1");
        properties.add("pathway.rules", RULES::toString);
        properties.add("pathway.policy", () -> PolicyFile.of(RULES).toString());
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private WorkforceFindings findings;

    @Autowired
    private WorkforceAnalyser analyser;

    @Autowired
    private EvidenceLedger ledger;

    @Autowired
    private TrainingNeedsAnalysis needs;

    @Autowired
    private SuccessionPipeline pipeline;

    @Autowired
    private CouncilViews views;

    @Autowired
    private Clock clock;

    @Autowired
    private EntityManagerFactory database;

    @Test
    void newEvidenceForOnePersonReachesTrainingNeedsAndSuccessionAndRecomputesOnlyThem() {
        List<EmployeeFindings> council = findings.council();
        assertThat(findings.council()).as("unchanged, the same findings").isSameAs(council);
        SuccessionReport pipelineBefore = views.succession(UnitScope.WHOLE_COUNCIL, null);
        views.trainingNeeds(UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM);
        Map<String, EmployeeFindings> before = byEmployee(council);

        // an assessor's observation of an ineffective behaviour counts at once: a red flag
        assertThat(mvc.post().uri("/api/employees/" + HANNAH + "/evidence").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"competencyId": "seeing-the-big-picture", "indicatorId": "seeing-the-big-picture.ineffective.01",
                         "source": "ASSESSMENT", "observedOn": "%s"}""".formatted(LocalDate.now(clock).minusDays(3))))
                .hasStatus(201);

        Map<String, EmployeeFindings> after = byEmployee(findings.findings(UnitScope.WHOLE_COUNCIL));
        assertThat(after.get(HANNAH).redFlags()).isEqualTo(before.get(HANNAH).redFlags() + 1);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, now) -> {
            if (!id.equals(HANNAH)) {
                assertThat(now).as("%s not recomputed", id).isSameAs(before.get(id));
            }
        });
        assertThat(findings.council()).isNotSameAs(council);
        assertThat(mvc.get().uri("/api/succession").with(httpBasic("planner", PASSWORD))).hasStatusOk().bodyJson()
                .extractingPath("$.roles[?(@.roleId == 'service-manager')].ranked[?(@.employeeId == '" + HANNAH
                        + "')].redFlags").asArray().containsExactly(after.get(HANNAH).redFlags());
        List<EmployeeFindings> afresh = analysedAfresh();
        assertThat(findings.findings(UnitScope.WHOLE_COUNCIL)).isEqualTo(afresh);
        assertThat(views.trainingNeeds(UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM))
                .isEqualTo(needs.analyse(afresh, UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM));
        assertThat(views.succession(UnitScope.WHOLE_COUNCIL, null)).isNotEqualTo(pipelineBefore)
                .isEqualTo(pipeline.analyse(afresh, UnitScope.WHOLE_COUNCIL, null));
    }

    @Test
    void newRulesRecomputeEveryone() throws IOException {
        List<EmployeeFindings> before = findings.findings(UnitScope.WHOLE_COUNCIL);
        Path policy = RULES.resolve("policy/policy.json");
        String shipped = Files.readString(policy);
        try {
            Files.writeString(policy, shipped.replace("\"readyNowScore\": 85", "\"readyNowScore\": 95"));
            reload();

            List<EmployeeFindings> after = findings.findings(UnitScope.WHOLE_COUNCIL);
            assertThat(after).isEqualTo(analysedAfresh()).isNotEqualTo(before);
            Map<String, EmployeeFindings> earlier = byEmployee(before);
            assertThat(after).allSatisfy(now -> assertThat(now).isNotSameAs(earlier.get(now.employeeId())));
        } finally {
            Files.writeString(policy, shipped);
            reload();
        }
        assertThat(findings.findings(UnitScope.WHOLE_COUNCIL)).isEqualTo(before);
    }

    @Test
    void anImportedPersonJoinsTheViewsAndLeavesThemWhenErased() {
        assertThat(mvc.post().uri("/api/admin/import/employees").with(httpBasic("admin", PASSWORD)).contentType("text/csv")
                .content("employee_id,name,framework_id,current_role_id,contracted_hours,directorate,service,team\n"
                        + "wf-newcomer,New Comer,ashfield-mansfield,officer,37,Place,Housing,Tenancy\n"))
                .hasStatusOk();
        assertThat(findings.findingsOf(List.of("wf-newcomer"))).singleElement()
                .extracting(EmployeeFindings::name).isEqualTo("New Comer");

        assertThat(mvc.delete().uri("/api/employees/wf-newcomer").with(httpBasic("admin", PASSWORD))).hasStatus(204);

        assertThat(findings.findings(UnitScope.WHOLE_COUNCIL)).extracting(EmployeeFindings::employeeId)
                .doesNotContain("wf-newcomer");
        assertThat(mvc.get().uri("/api/succession").with(httpBasic("planner", PASSWORD))).hasStatusOk().bodyText()
                .doesNotContain("wf-newcomer");
    }

    @Test
    void theCouncilLoadsInTwoStatementsAndAWarmReadInNone() {
        Statistics statistics = database.unwrap(SessionFactory.class).getStatistics();
        findings.findings(UnitScope.WHOLE_COUNCIL);

        statistics.clear();
        int council = ledger.all().size();
        assertThat(statistics.getPrepareStatementCount()).as("statements for %d employees", council).isEqualTo(2);

        statistics.clear();
        ledger.employees(List.of(HANNAH, "am-ready-1-2", "am-red-flag"));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

        statistics.clear();
        assertThat(findings.findings(UnitScope.WHOLE_COUNCIL)).hasSize(council);
        assertThat(findings.findingsOf(List.of(HANNAH))).hasSize(1);
        assertThat(statistics.getPrepareStatementCount()).as("statements for warm reads").isZero();
    }

    private void reload() {
        assertThat(mvc.post().uri("/api/admin/rules/reload").with(httpBasic("admin", PASSWORD))).hasStatusOk();
    }

    private List<EmployeeFindings> analysedAfresh() {
        return analyser.analyse(ledger.all(), LocalDate.now(clock), WorkforceAnalyser.Progress.NONE);
    }

    private static Map<String, EmployeeFindings> byEmployee(List<EmployeeFindings> all) {
        return all.stream().collect(Collectors.toMap(EmployeeFindings::employeeId, Function.identity()));
    }

    private static Path copyOfRules() {
        try {
            Path target = Files.createTempDirectory("pathway-rules");
            RuleFolder.copyTo(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
