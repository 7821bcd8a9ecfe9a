package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.indicator;
import static org.pathway.rules.RuleFacts.indicatorEvidence;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.DemonstratedIndicator;
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
}
