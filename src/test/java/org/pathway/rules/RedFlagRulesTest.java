package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.EvidenceFact;
import org.pathway.analysis.RedFlag;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/** rules/readiness/red-flags.drl */
class RedFlagRulesTest {

    private static EvidenceFact ineffective(String id, EvidenceStatus status, long monthsOld) {
        return new EvidenceFact(id, 0, "c", "c.ineffective.01", null, 0, false, Polarity.INEFFECTIVE,
                EvidenceSource.MANAGER, null, status, RuleFacts.AS_OF.minusMonths(monthsOld), RuleFacts.AS_OF,
                false);
    }

    @Test
    void aRecentCountingIneffectiveBehaviourIsARedFlag() {
        var fired = RuleHarness.fire(ineffective("bad", EvidenceStatus.VALIDATED, 6));

        assertThat(fired.only(RedFlag.class))
                .satisfies(f -> assertThat(f.indicatorId()).isEqualTo("c.ineffective.01"))
                .satisfies(f -> assertThat(f.evidenceId()).isEqualTo("bad"));
    }

    @Test
    void anOldOrRejectedObservationIsNot() {
        var fired = RuleHarness.fire(ineffective("old", EvidenceStatus.VALIDATED, 30),
                ineffective("rejected", EvidenceStatus.REJECTED, 2));

        assertThat(fired.facts(RedFlag.class)).isEmpty();
    }
}
