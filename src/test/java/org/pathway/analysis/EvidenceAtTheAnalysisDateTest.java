package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.analysis.EvidenceOn.decided;
import static org.pathway.analysis.EvidenceOn.employee;
import static org.pathway.analysis.EvidenceOn.indicator;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleHarness;

/**
 * What evidence is at the analysis date: the windows are dates (the analysis date minus 36 months, or 24 for red
 * flags), and evidence recorded or decided after the analysis date is taken as it stood then (issue 12, defects 1, 3).
 */
class EvidenceAtTheAnalysisDateTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final String FRAMEWORK = "ashfield-mansfield";
    private static final String ROLE = "service-manager";

    @Test
    void evidenceObservedOnTheFirstDayOfThe36MonthWindowCountsAndTheDayBeforeDoesNot() {
        Employee employee = employee(FRAMEWORK, "supervisor",
                indicator("first-day", "seeing-the-big-picture.level-2.01", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, LocalDate.of(2023, 11, 30)),
                indicator("day-before", "seeing-the-big-picture.level-2.02", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, LocalDate.of(2023, 11, 29)));

        Analysis analysis = ENGINE.analyse(employee, ROLE, AS_OF);

        assertThat(analysis.countingEvidence()).extracting(c -> c.evidence().evidenceId()).containsExactly("first-day");
        assertThat(analysis.discountedEvidence()).singleElement()
                .satisfies(d -> assertThat(d.evidence().evidenceId()).isEqualTo("day-before"))
                .satisfies(d -> assertThat(d.reason())
                        .isEqualTo("observed on 2023-11-29, before the 36 months from 2023-11-30"));
    }

    @Test
    void anIneffectiveBehaviourIsARedFlagFromTheFirstDayOfThe24MonthWindowButNotTheDayBefore() {
        Employee employee = employee(FRAMEWORK, "supervisor",
                indicator("first-day", "seeing-the-big-picture.ineffective.01", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, LocalDate.of(2024, 11, 30)),
                indicator("day-before", "seeing-the-big-picture.ineffective.02", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, LocalDate.of(2024, 11, 29)));

        Analysis analysis = ENGINE.analyse(employee, ROLE, AS_OF);

        assertThat(analysis.redFlags()).extracting(RedFlag::evidenceId).containsExactly("first-day");
    }

    @Test
    void evidenceValidatedAfterTheAnalysisDateWasOnlyClaimedThen() {
        Employee employee = employee(FRAMEWORK, "supervisor",
                decided("self", "seeing-the-big-picture.level-2.01", EvidenceSource.SELF, EvidenceStatus.VALIDATED,
                        AS_OF.minusDays(20), AS_OF.minusDays(20), AS_OF.plusDays(1)),
                decided("manager", "seeing-the-big-picture.level-2.02", EvidenceSource.MANAGER,
                        EvidenceStatus.REJECTED, AS_OF.minusDays(20), AS_OF.minusDays(20), AS_OF.plusDays(1)));

        Analysis analysis = ENGINE.analyse(employee, ROLE, AS_OF);

        // on the analysis date the self-claim awaited validation and the manager's own claim still counted
        assertThat(analysis.discountedEvidence()).singleElement()
                .satisfies(d -> assertThat(d.evidence().evidenceId()).isEqualTo("self"))
                .satisfies(d -> assertThat(d.reason()).isEqualTo("claimed (SELF), not yet validated"));
        assertThat(analysis.countingEvidence()).extracting(c -> c.evidence().evidenceId()).containsExactly("manager");
    }

    @Test
    void evidenceRecordedAfterTheAnalysisDateWasNotKnownThen() {
        Employee employee = employee(FRAMEWORK, "supervisor",
                decided("late", "seeing-the-big-picture.level-2.01", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, AS_OF.minusDays(20), AS_OF.plusDays(2), AS_OF.plusDays(3)));

        Analysis analysis = ENGINE.analyse(employee, ROLE, AS_OF);

        assertThat(analysis.countingEvidence()).isEmpty();
        assertThat(analysis.discountedEvidence()).isEmpty();
    }

    @Test
    void anAuditedReRunOfAPastDateGivesThePastAnswer() {
        LocalDate past = LocalDate.of(2026, 6, 1);
        Employee today = employee(FRAMEWORK, "supervisor",
                decided("self", "seeing-the-big-picture.level-2.01", EvidenceSource.SELF, EvidenceStatus.VALIDATED,
                        past.minusDays(10), past.minusDays(10), past.plusDays(5)),
                later("later-2", "seeing-the-big-picture.level-2.02", past),
                later("later-3", "seeing-the-big-picture.level-2.03", past),
                later("later-4", "seeing-the-big-picture.level-2.04", past));
        Employee thenRecorded = employee(FRAMEWORK, "supervisor",
                decided("self", "seeing-the-big-picture.level-2.01", EvidenceSource.SELF, EvidenceStatus.CLAIMED,
                        past.minusDays(10), past.minusDays(10), null));

        Readiness reRun = ENGINE.analyse(today, ROLE, past).readinessFor(ROLE).orElseThrow();
        Readiness atTheTime = ENGINE.analyse(thenRecorded, ROLE, past).readinessFor(ROLE).orElseThrow();

        assertThat(reRun.verdict()).isEqualTo(atTheTime.verdict());
        assertThat(reRun.score()).isEqualTo(atTheTime.score());
    }

    /** A manager's observation from before {@code date}, recorded and validated only after it. */
    private static Evidence later(String id, String indicatorId, LocalDate date) {
        return decided(id, indicatorId, EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, date.minusDays(10),
                date.plusDays(3), date.plusDays(4));
    }
}
