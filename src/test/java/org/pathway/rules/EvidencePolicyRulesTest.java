package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.CountingEvidence;
import org.pathway.analysis.DiscountedEvidence;
import org.pathway.analysis.EvidenceFact;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/** rules/evidence/evidence-policy.drl */
class EvidencePolicyRulesTest {

    static EvidenceFact evidence(String id, EvidenceSource source, EvidenceStatus status, LocalDate observedOn) {
        return new EvidenceFact(id, 0, "c", "c.i.01", null, 0, false, Polarity.EFFECTIVE, source, null, status,
                observedOn, RuleFacts.AS_OF, false);
    }

    private static LocalDate daysAgo(long days) {
        return RuleFacts.AS_OF.minusDays(days);
    }

    @Test
    void validatedRecentEvidenceCountsWithItsSourceWeight() {
        var fired = RuleHarness.fire(evidence("e1", EvidenceSource.SELF, EvidenceStatus.VALIDATED, daysAgo(30)),
                evidence("e2", EvidenceSource.PEER_360, EvidenceStatus.VALIDATED, daysAgo(400)));

        assertThat(fired.rules()).containsEntry("Validated recent evidence counts", 2);
        assertThat(fired.facts(CountingEvidence.class))
                .extracting(c -> c.evidence().evidenceId(), CountingEvidence::weight)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("e1", 0.5),
                        org.assertj.core.groups.Tuple.tuple("e2", 0.75));
        assertThat(fired.facts(DiscountedEvidence.class)).isEmpty();
    }

    @Test
    void aManagersClaimCountsButASelfClaimAwaitsValidation() {
        var fired = RuleHarness.fire(evidence("m", EvidenceSource.MANAGER, EvidenceStatus.CLAIMED, daysAgo(10)),
                evidence("s", EvidenceSource.SELF, EvidenceStatus.CLAIMED, daysAgo(10)));

        assertThat(fired.only(CountingEvidence.class).evidence().evidenceId()).isEqualTo("m");
        assertThat(fired.only(DiscountedEvidence.class))
                .satisfies(d -> assertThat(d.evidence().evidenceId()).isEqualTo("s"))
                .satisfies(d -> assertThat(d.reason()).isEqualTo("claimed (SELF), not yet validated"))
                .satisfies(d -> assertThat(d.rule()).isEqualTo("Claimed evidence awaits validation"));
    }

    @Test
    void evidenceFromBeforeThe36MonthWindowDoesNotCountButFromItsFirstDayItDoes() {
        var fired = RuleHarness.fire(evidence("old", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED,
                        LocalDate.of(2023, 10, 31)),
                evidence("edge", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, LocalDate.of(2023, 11, 1)));

        assertThat(fired.only(DiscountedEvidence.class).reason())
                .isEqualTo("observed on 2023-10-31, before the 36 months from 2023-11-01");
        assertThat(fired.only(CountingEvidence.class).evidence().evidenceId()).isEqualTo("edge");
    }

    @Test
    void aStatementWhereCompetenciesAreRatedByLetterIsSetAsideAndARatingCounts() {
        EvidenceFact statement = new EvidenceFact("statement", 0, "c", "c.style.rating-d.01", null, 0, true,
                Polarity.EFFECTIVE, EvidenceSource.MANAGER, null, EvidenceStatus.VALIDATED, daysAgo(10),
                RuleFacts.AS_OF, false);

        var fired = RuleHarness.fire(statement, RuleFacts.rating("rating", 1, "style", 4, 10));

        assertThat(fired.only(CountingEvidence.class).evidence().evidenceId()).isEqualTo("rating");
        assertThat(fired.only(DiscountedEvidence.class))
                .satisfies(d -> assertThat(d.evidence().evidenceId()).isEqualTo("statement"))
                .satisfies(d -> assertThat(d.couldCount()).isFalse());
    }

    @Test
    void rejectedEvidenceNeverCounts() {
        var fired = RuleHarness.fire(evidence("r", EvidenceSource.MANAGER, EvidenceStatus.REJECTED, daysAgo(5)));

        assertThat(fired.facts(CountingEvidence.class)).isEmpty();
        assertThat(fired.rules()).containsKeys("Rejected evidence does not count");
    }

    @Test
    void aPlannedActivitysCompletionCountsOnlyAsAProjectionAtItsSourcesWeight() {
        // issue 12, question 9: weighed as the recorded ACTIVITY evidence will be (0.75), not 1.0
        EvidenceFact planned = new EvidenceFact("planned-1", 0, "c", "c.i.01", null, 0, false, Polarity.EFFECTIVE,
                EvidenceSource.ACTIVITY, null, EvidenceStatus.CLAIMED, RuleFacts.AS_OF, RuleFacts.AS_OF, true);

        var fired = RuleHarness.fire(planned);

        assertThat(fired.only(CountingEvidence.class).weight()).isEqualTo(0.75);
        assertThat(fired.rules()).containsOnlyKeys(
                "A planned activity's completion counts in a projection, as if validated when it ends");
    }
}
