package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Policy;

/** rules/policy/planning-policy.drl */
class PlanningPolicyRulesTest {

    @Test
    void thePlanValuesRuleSetsTheDocumentedDefaults() {
        Policy policy = RuleHarness.fire().only(Policy.class);

        assertThat(policy.getPoundsPerWeekOfReadiness()).isEqualTo(100);
        assertThat(policy.isPlanPaysSessionShare()).isTrue();
    }
}
