package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Policy;
import org.pathway.people.EvidenceSource;

/** rules/policy/policy.drl */
class PolicyRulesTest {

    @Test
    void thePolicyValuesRuleSetsTheDocumentedDefaults() {
        var fired = RuleHarness.fire();

        Policy policy = fired.only(Policy.class);
        assertThat(fired.rules()).containsOnlyKeys("Pathway policy values", "Pathway development plan values");
        assertThat(policy.getRecencyMonths()).isEqualTo(36);
        assertThat(policy.getRedFlagMonths()).isEqualTo(24);
        assertThat(policy.weightOf(EvidenceSource.SELF)).isEqualTo(0.5);
        assertThat(policy.weightOf(EvidenceSource.MANAGER)).isEqualTo(1.0);
        assertThat(policy.countsWhenClaimed(EvidenceSource.MANAGER)).isTrue();
        assertThat(policy.countsWhenClaimed(EvidenceSource.PEER_360)).isFalse();
        assertThat(policy.getLevelShare()).isEqualTo(2.0 / 3.0);
        assertThat(policy.isRepeatsCorroborate()).isTrue();
        assertThat(policy.getTierLadders()).containsExactly("ashfield-mansfield");
        assertThat(policy.getReadyNowScore()).isEqualTo(85);
    }
}
