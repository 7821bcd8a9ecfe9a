package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.ReadinessReport.EvidenceLine;
import org.pathway.analysis.ReadinessReport.RedFlagLine;
import org.pathway.analysis.ReadinessReport.SetAside;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleHarness;

/** The explanation of a verdict says one thing about each piece of evidence (issue 12, defects 4 and 5). */
class ReadinessReportTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final ReadinessReports REPORTS = new ReadinessReports(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    static Employee sample(String file) {
        return new EmployeeReader(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES).read(Path.of("datasets/workforce", file));
    }

    static ReadinessReport report(Employee employee, String roleId) {
        return REPORTS.report(employee, ENGINE.explain(employee, roleId, AS_OF), roleId);
    }

    @Test
    void aRedFlagIsListedAsARedFlagAndNotAsEvidenceARequirementRestsOn() {
        ReadinessReport report = report(sample("ashfield-mansfield/am-red-flag.json"), "service-manager");

        assertThat(report.redFlags()).extracting(RedFlagLine::evidenceId).containsExactly("ev-29");
        assertThat(report.requirements()).flatExtracting(ReadinessReport.RequirementLine::evidence)
                .extracting(EvidenceLine::id).isNotEmpty().doesNotContain("ev-29");
        assertThat(report.verdictRule()).isEqualTo("Verdict: ready in 1-2 years, held back from ready now by a red flag");
    }

    @Test
    void aStatementRecordedOnACherwellRatingScaleIsSetAsideAsNotALetterRatingNeverAlsoListedAsEvidence() {
        ReadinessReport report = report(sample("cherwell-south-northants/cs-ready-1-2.json"), "manager");

        assertThat(report.requirements()).flatExtracting(ReadinessReport.RequirementLine::evidence)
                .extracting(EvidenceLine::id).isNotEmpty().doesNotContain("ev-41", "ev-42");
        assertThat(report.evidenceSetAside()).filteredOn(a -> a.evidenceId().startsWith("ev-4"))
                .extracting(SetAside::evidenceId, SetAside::reason)
                .containsExactly(tuple("ev-41", RATED_BY_LETTER), tuple("ev-42", RATED_BY_LETTER));
    }

    @Test
    void eachPieceOfEvidenceSaysWhetherItWasValidatedAndByWhichRuleItCounts() {
        LocalDate observed = AS_OF.minusDays(30);
        Employee employee = EvidenceOn.employee("ashfield-mansfield", "supervisor",
                EvidenceOn.indicator("m", "seeing-the-big-picture.level-2.01", EvidenceSource.MANAGER,
                        EvidenceStatus.CLAIMED, observed),
                EvidenceOn.indicator("s", "seeing-the-big-picture.level-2.02", EvidenceSource.SELF,
                        EvidenceStatus.VALIDATED, observed));

        ReadinessReport report = report(employee, "service-manager");

        assertThat(report.requirements()).flatExtracting(ReadinessReport.RequirementLine::evidence)
                .extracting(EvidenceLine::id, EvidenceLine::source, EvidenceLine::rule)
                .containsExactlyInAnyOrder(
                        tuple("m", "MANAGER CLAIMED", "An assessor's own recent observation counts before validation"),
                        tuple("s", "SELF VALIDATED", "Validated recent evidence counts"));
    }

    private static final String RATED_BY_LETTER =
            "does not count: this framework is rated by letter, a key theme's rating counts, not a statement";
}
