package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.CountingEvidence;
import org.pathway.analysis.CrosswalkOrigin;
import org.pathway.analysis.DiscountedEvidence;
import org.pathway.analysis.EvidenceFact;
import org.pathway.analysis.TranslatedEvidence;
import org.pathway.framework.Polarity;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;

/** rules/crosswalk/translated-evidence.drl, under the fixture policy (exact 1.0, close 0.5, related 0). */
class CrosswalkRulesTest {

    private static final String ORIGIN = "Ashfield/Mansfield 'Collaborating and partnering' Level 2 - Service Managers";

    private static EvidenceFact evidence(String id, EvidenceSource source, EvidenceStatus status) {
        return new EvidenceFact(id, 0, "working-effectively-with-others", "working-effectively-with-others.level-2.01",
                null, 0, false, Polarity.EFFECTIVE, source, null, status, RuleFacts.AS_OF.minusDays(30),
                RuleFacts.AS_OF, false);
    }

    @Test
    void exactLinksCarryTheWholeWeightAndNameTheOrigin() {
        var fired = RuleHarness.fire(evidence("via:e1", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED),
                new CrosswalkOrigin("via:e1", "exact", ORIGIN));

        assertThat(fired.rules()).containsEntry("Evidence counts through a crosswalk link at the weight of the link's"
                + " strength", 1);
        assertThat(fired.only(CountingEvidence.class).weight()).isEqualTo(1.0);
        assertThat(fired.only(TranslatedEvidence.class).explanation()).isEqualTo("counts via the crosswalk: Ashfield/"
                + "Mansfield 'Collaborating and partnering' Level 2 - Service Managers, exact");
        assertThat(fired.facts(CrosswalkOrigin.class)).isEmpty();
    }

    @Test
    void closeLinksHalveTheSourceWeight() {
        var fired = RuleHarness.fire(evidence("via:e2", EvidenceSource.PEER_360, EvidenceStatus.VALIDATED),
                new CrosswalkOrigin("via:e2", "close", ORIGIN));

        assertThat(fired.only(CountingEvidence.class).weight()).isEqualTo(0.375);
        assertThat(fired.only(TranslatedEvidence.class).weight()).isEqualTo(0.375);
        assertThat(fired.only(CountingEvidence.class).rule())
                .isEqualTo("Evidence counts through a crosswalk link at the weight of the link's strength");
    }

    @Test
    void relatedLinksCarryNothingAndSaySo() {
        var fired = RuleHarness.fire(evidence("via:e3", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED),
                new CrosswalkOrigin("via:e3", "related", ORIGIN));

        assertThat(fired.facts(CountingEvidence.class)).isEmpty();
        assertThat(fired.only(DiscountedEvidence.class).reason()).isEqualTo("does not count: via the crosswalk from "
                + ORIGIN + ", related, a strength the policy weighs at nothing");
        assertThat(fired.rules()).containsKey("Evidence through a crosswalk link the policy weighs at nothing does not"
                + " count");
    }

    @Test
    void translatedEvidenceMustStillCountUnderTheEvidencePolicyFirstAndOtherEvidenceIsUntouched() {
        var fired = RuleHarness.fire(evidence("via:claimed", EvidenceSource.SELF, EvidenceStatus.CLAIMED),
                new CrosswalkOrigin("via:claimed", "exact", ORIGIN),
                evidence("own", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED));

        assertThat(fired.only(DiscountedEvidence.class).evidence().evidenceId()).isEqualTo("via:claimed");
        assertThat(fired.only(CountingEvidence.class)).satisfies(c -> {
            assertThat(c.evidence().evidenceId()).isEqualTo("own");
            assertThat(c.weight()).isEqualTo(1.0);
            assertThat(c.rule()).isEqualTo("Validated recent evidence counts");
        });
        assertThat(fired.facts(TranslatedEvidence.class)).isEmpty();
        assertThat(fired.only(CrosswalkOrigin.class).evidenceId()).isEqualTo("via:claimed");
        LocalDate unchanged = fired.only(DiscountedEvidence.class).evidence().observedOn();
        assertThat(unchanged).isEqualTo(RuleFacts.AS_OF.minusDays(30));
    }
}
