package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.analysis.EvidenceOn.employee;
import static org.pathway.analysis.EvidenceOn.indicator;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.framework.Competency;
import org.pathway.framework.Polarity;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleHarness;

/**
 * INSUFFICIENT_EVIDENCE is for evidence that needs validating first (claimed, or out of date), not for evidence already
 * judged (rejected) nor for validated evidence that is too light (issue 12, defect 2 and question 14).
 */
class InsufficientEvidenceTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final String FRAMEWORK = "chief-officers-appendix-2";
    private static final String ROLE = "head-of-service";

    @Test
    void someoneWhoseEvidenceWasAllRejectedIsNotYet() {
        Readiness readiness = verdict(EvidenceSource.MANAGER, EvidenceStatus.REJECTED);

        assertThat(readiness.verdict()).isEqualTo(Verdict.NOT_YET);
    }

    @Test
    void someoneWhoseEvidenceIsAllDatedAfterTheAnalysisDateIsNotYet() {
        Readiness readiness = verdict(EvidenceSource.SELF, EvidenceStatus.CLAIMED, AS_OF.plusDays(3));

        assertThat(readiness.verdict()).isEqualTo(Verdict.NOT_YET);
    }

    @Test
    void someoneWhoseEvidenceIsAllClaimedAndUnvalidatedHasInsufficientEvidence() {
        Readiness readiness = verdict(EvidenceSource.SELF, EvidenceStatus.CLAIMED);

        assertThat(readiness.verdict()).isEqualTo(Verdict.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void someoneWhoseOnlyEvidenceIsValidatedSelfClaimsIsNotYet() {
        Readiness readiness = verdict(EvidenceSource.SELF, EvidenceStatus.VALIDATED);

        assertThat(readiness.verdict()).isEqualTo(Verdict.NOT_YET);
    }

    /** One piece of evidence from {@code source} with {@code status} on every competency the role requires. */
    private static Readiness verdict(EvidenceSource source, EvidenceStatus status) {
        return verdict(source, status, AS_OF.minusDays(30));
    }

    private static Readiness verdict(EvidenceSource source, EvidenceStatus status, LocalDate observed) {
        Evidence[] evidence = TestCatalogues.FRAMEWORKS.get(FRAMEWORK).competencies().stream()
                .map(Competency::id)
                .map(c -> indicator("ev-" + c, firstIndicator(c), source, status, observed))
                .toArray(Evidence[]::new);
        Employee employee = employee(FRAMEWORK, ROLE, evidence);

        return ENGINE.analyse(employee, ROLE, AS_OF).readinessFor(ROLE).orElseThrow();
    }

    private static String firstIndicator(String competencyId) {
        return TestCatalogues.FRAMEWORKS.get(FRAMEWORK).competency(competencyId).orElseThrow()
                .indicators(Polarity.EFFECTIVE).get(0).id();
    }
}
