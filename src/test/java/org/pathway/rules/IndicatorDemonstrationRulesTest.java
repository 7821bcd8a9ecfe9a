package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.indicator;
import static org.pathway.rules.RuleFacts.indicatorEvidence;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.DemonstratedIndicator;
import org.pathway.analysis.EvidenceFact;
import org.pathway.analysis.RepeatedObservation;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/** rules/evidence/indicator-demonstration.drl */
class IndicatorDemonstrationRulesTest {

    @Test
    void aValidatedSelfClaimAloneDoesNotDemonstrateAnIndicator() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                indicatorEvidence("s", "c.1.01", EvidenceSource.SELF, EvidenceStatus.VALIDATED, Polarity.EFFECTIVE));

        assertThat(fired.facts(DemonstratedIndicator.class)).isEmpty();
        assertThat(fired.rules()).doesNotContainKey(
                "An effective indicator is demonstrated when its counting evidence weighs enough");
    }

    @Test
    void aSelfClaimCorroboratedByAPeerDemonstratesItRestingOnBoth() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                indicatorEvidence("s", "c.1.01", EvidenceSource.SELF, EvidenceStatus.VALIDATED, Polarity.EFFECTIVE),
                indicatorEvidence("p", "c.1.01", EvidenceSource.PEER_360, EvidenceStatus.VALIDATED, Polarity.EFFECTIVE));

        DemonstratedIndicator shown = fired.only(DemonstratedIndicator.class);
        assertThat(shown.indicatorId()).isEqualTo("c.1.01");
        assertThat(shown.weight()).isEqualTo(1.25);
        assertThat(shown.evidenceIds()).containsExactlyInAnyOrder("s", "p");
        assertThat(shown.rule()).isEqualTo("An effective indicator is demonstrated when its counting evidence weighs enough");
    }

    @Test
    void evidenceOnAnotherIndicatorDoesNotCount() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                indicatorEvidence("m", "c.1.02", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, Polarity.EFFECTIVE));

        assertThat(fired.facts(DemonstratedIndicator.class)).isEmpty();
    }

    @Test
    void theSameValidatedSelfClaimRecordedTwiceCountsOnce() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                observation("s1", 0, EvidenceSource.SELF, null, 30),
                observation("s2", 1, EvidenceSource.SELF, null, 30));

        assertThat(fired.facts(DemonstratedIndicator.class)).isEmpty();
        assertThat(fired.only(RepeatedObservation.class).evidenceId()).isEqualTo("s2");
    }

    @Test
    void aSelfClaimOnAnotherDayIsAnotherObservation() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                observation("s1", 0, EvidenceSource.SELF, null, 90),
                observation("s2", 1, EvidenceSource.SELF, null, 30));

        assertThat(fired.only(DemonstratedIndicator.class).evidenceIds()).containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void theSamePeerTwiceOnTheSameDayCountsOnce() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                observation("p1", 0, EvidenceSource.PEER_360, "ann", 30),
                observation("p2", 1, EvidenceSource.PEER_360, "ann", 30));

        assertThat(fired.facts(DemonstratedIndicator.class)).isEmpty();
    }

    @Test
    void twoPeersCorroborateEachOther() {
        var fired = RuleHarness.fire(indicator("c.1.01", 1),
                observation("p1", 0, EvidenceSource.PEER_360, "ann", 30),
                observation("p2", 1, EvidenceSource.PEER_360, "bob", 30));

        assertThat(fired.only(DemonstratedIndicator.class).evidenceIds()).containsExactlyInAnyOrder("p1", "p2");
    }

    private static EvidenceFact observation(String id, int sequence, EvidenceSource source, String observer,
            long daysOld) {
        return new EvidenceFact(id, sequence, "c", "c.1.01", null, 0, false, Polarity.EFFECTIVE, source, observer,
                EvidenceStatus.VALIDATED, RuleFacts.AS_OF.minusDays(daysOld), RuleFacts.AS_OF, false);
    }
}
