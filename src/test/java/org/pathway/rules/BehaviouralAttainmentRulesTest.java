package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.competency;
import static org.pathway.rules.RuleFacts.indicator;
import static org.pathway.rules.RuleFacts.managerSaw;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Attainment;
import org.pathway.framework.ScaleKind;

/** rules/attainment/behavioural-attainment.drl */
class BehaviouralAttainmentRulesTest {

    @Test
    void attainmentIsTheShareOfEffectiveBehavioursDemonstrated() {
        var fired = RuleHarness.fire(competency(ScaleKind.BEHAVIOURAL, 0, 4),
                indicator("c.all.01", 0), indicator("c.all.02", 0), indicator("c.all.03", 0), indicator("c.all.04", 0),
                managerSaw("e1", "c.all.01"), managerSaw("e2", "c.all.03"), managerSaw("e3", "c.all.03"));

        assertThat(fired.only(Attainment.class).share()).isEqualTo(0.5);
        assertThat(fired.rules()).containsEntry("Behavioural attainment is the share of effective behaviours demonstrated", 1);
    }
}
