package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.rules.RuleFacts.indicatorEvidence;
import static org.pathway.rules.RuleFacts.requires;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.UnsupportedRequirement;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/** rules/readiness/evidence-sufficiency.drl */
class EvidenceSufficiencyRulesTest {

    @Test
    void anEssentialRequirementWithOnlyASelfClaimIsUnsupported() {
        var fired = RuleHarness.fire(requires("manager", 2, true),
                indicatorEvidence("s", "c.2.01", EvidenceSource.SELF, EvidenceStatus.CLAIMED, Polarity.EFFECTIVE));

        assertThat(fired.only(UnsupportedRequirement.class).roleId()).isEqualTo("manager");
    }

    @Test
    void countingEvidenceOrADesirableRequirementOrNoEvidenceAtAllIsNot() {
        assertThat(RuleHarness.fire(requires("manager", 2, true),
                indicatorEvidence("s", "c.2.01", EvidenceSource.SELF, EvidenceStatus.CLAIMED, Polarity.EFFECTIVE),
                RuleFacts.managerSaw("m", "c.1.01")).facts(UnsupportedRequirement.class)).isEmpty();
        assertThat(RuleHarness.fire(requires("manager", 2, false),
                indicatorEvidence("s", "c.2.01", EvidenceSource.SELF, EvidenceStatus.CLAIMED, Polarity.EFFECTIVE))
                .facts(UnsupportedRequirement.class)).isEmpty();
        assertThat(RuleHarness.fire(requires("manager", 2, true)).facts(UnsupportedRequirement.class)).isEmpty();
    }

    @Test
    void anEssentialRequirementWithOnlyRejectedEvidenceIsJudgedNotUnsupported() {
        var fired = RuleHarness.fire(requires("manager", 2, true),
                indicatorEvidence("r", "c.2.01", EvidenceSource.MANAGER, EvidenceStatus.REJECTED, Polarity.EFFECTIVE));

        assertThat(fired.facts(UnsupportedRequirement.class)).isEmpty();
    }
}
