package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.CountingEvidence;
import org.pathway.analysis.DiscountedEvidence;
import org.pathway.analysis.EvidenceFact;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/** rules/evidence/evidence-policy.drl */
class EvidencePolicyRulesTest {

    static EvidenceFact evidence(String id, EvidenceSource source, EvidenceStatus status, long daysOld, long monthsOld) {
        return new EvidenceFact(id, 0, "c", "c.i.01", null, 0, Polarity.EFFECTIVE, source, status, daysOld, monthsOld, false);
    }

    @Test
    void validatedRecentEvidenceCountsWithItsSourceWeight() {
        var fired = RuleHarness.fire(evidence("e1", EvidenceSource.SELF, EvidenceStatus.VALIDATED, 30, 1),
                evidence("e2", EvidenceSource.PEER_360, EvidenceStatus.VALIDATED, 400, 13));

        assertThat(fired.rules()).containsEntry("Validated recent evidence counts", 2);
        assertThat(fired.facts(CountingEvidence.class))
                .extracting(c -> c.evidence().evidenceId(), CountingEvidence::weight)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("e1", 0.5),
                        org.assertj.core.groups.Tuple.tuple("e2", 0.75));
        assertThat(fired.facts(DiscountedEvidence.class)).isEmpty();
    }

    @Test
    void aManagersClaimCountsButASelfClaimAwaitsValidation() {
        var fired = RuleHarness.fire(evidence("m", EvidenceSource.MANAGER, EvidenceStatus.CLAIMED, 10, 0),
                evidence("s", EvidenceSource.SELF, EvidenceStatus.CLAIMED, 10, 0));

        assertThat(fired.only(CountingEvidence.class).evidence().evidenceId()).isEqualTo("m");
        assertThat(fired.only(DiscountedEvidence.class))
                .satisfies(d -> assertThat(d.evidence().evidenceId()).isEqualTo("s"))
                .satisfies(d -> assertThat(d.reason()).isEqualTo("claimed (SELF), not yet validated"))
                .satisfies(d -> assertThat(d.rule()).isEqualTo("Claimed evidence awaits validation"));
    }

    @Test
    void evidenceOlderThan36MonthsDoesNotCountButAt36ItDoes() {
        var fired = RuleHarness.fire(evidence("old", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, 1120, 37),
                evidence("edge", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, 1096, 36));

        assertThat(fired.only(DiscountedEvidence.class).reason()).isEqualTo("observed 37 months ago, more than 36");
        assertThat(fired.only(CountingEvidence.class).evidence().evidenceId()).isEqualTo("edge");
    }

    @Test
    void rejectedAndFutureEvidenceNeverCount() {
        var fired = RuleHarness.fire(evidence("r", EvidenceSource.MANAGER, EvidenceStatus.REJECTED, 5, 0),
                evidence("f", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, -3, 0));

        assertThat(fired.facts(CountingEvidence.class)).isEmpty();
        assertThat(fired.rules()).containsKeys("Rejected evidence does not count",
                "Evidence dated after the analysis date is left out");
    }

    @Test
    void aPlannedActivitysCompletionCountsOnlyAsAProjectionAtItsSourcesWeight() {
        // issue 12, question 9: weighed as the recorded ACTIVITY evidence will be (0.75), not 1.0
        EvidenceFact planned = new EvidenceFact("planned-1", 0, "c", "c.i.01", null, 0, Polarity.EFFECTIVE,
                EvidenceSource.ACTIVITY, EvidenceStatus.CLAIMED, 0, 0, true);

        var fired = RuleHarness.fire(planned);

        assertThat(fired.only(CountingEvidence.class).weight()).isEqualTo(0.75);
        assertThat(fired.rules()).containsOnlyKeys("Pathway policy values", "Pathway development plan values",
                "A planned activity's completion counts in a projection, as if validated when it ends");
    }
}
