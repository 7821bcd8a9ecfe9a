package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.analysis.EvidenceOn.employee;
import static org.pathway.analysis.EvidenceOn.indicator;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.ReadinessReport.IndicatorLine;
import org.pathway.analysis.ReadinessReport.RequirementLine;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;
import org.pathway.rules.RuleFolder;
import org.pathway.rules.RuleHarness;

/**
 * Each gap says in words how far the person has come, from the analysis's own figures (issue 14, item 1): how many
 * behaviours the level needs and how many are shown, and for each missing behaviour what its evidence weighs and what
 * would complete it.
 */
class GapProgressTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final ReadinessReports REPORTS = new ReadinessReports(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final String COMMERCIAL = "achieving-commercial-outcomes";

    /** An officer: one Level 2 behaviour seen by her manager, one self-claim validated, one self-claim awaiting. */
    private static final Employee OFFICER = employee("ashfield-mansfield", "officer",
            indicator("ev-1", COMMERCIAL + ".level-2.01", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED,
                    AS_OF.minusDays(20)),
            indicator("ev-2", COMMERCIAL + ".level-2.02", EvidenceSource.SELF, EvidenceStatus.VALIDATED,
                    AS_OF.minusDays(15)),
            indicator("ev-3", COMMERCIAL + ".level-2.03", EvidenceSource.SELF, EvidenceStatus.CLAIMED,
                    AS_OF.minusDays(10)));

    @Test
    void aGapSaysHowManyBehavioursItsLevelNeedsAndHowManyAreShown() {
        RequirementLine commercial = commercial(ENGINE.explain(OFFICER, "service-manager", AS_OF));

        assertThat(commercial.met()).isFalse();
        assertThat(commercial.progress())
                .isEqualTo("Level 2 - Service Managers needs 3 of these 4 behaviours; you have shown 1.");
    }

    @Test
    void aMissingBehaviourSaysWhatItsEvidenceWeighsAndWhatWouldCompleteIt() {
        RequirementLine commercial = commercial(ENGINE.explain(OFFICER, "service-manager", AS_OF));

        assertThat(needs(commercial, "level-2.02")).isEqualTo("Your counting evidence carries half of what it needs:"
                + " this one needs one more validated observation (self-recorded evidence counts half).");
        assertThat(needs(commercial, "level-2.03")).isEqualTo("Not shown yet: a manager's observation counts in full;"
                + " self-recorded evidence counts half once validated. One record of it awaits validation or renewal.");
        assertThat(needs(commercial, "level-2.04")).startsWith("Not shown yet:").doesNotContain("awaits");
    }

    @Test
    void theWordsFollowThePolicyTheAnalysisRanWith() throws Exception {
        String stricter = Files.readString(RuleFolder.FIXTURE_POLICY)
                .replaceFirst("\"levelShare\": [0-9.]+", "\"levelShare\": 1.0")
                .replaceFirst("\"SELF\": [0-9.]+", "\"SELF\": 0.25");
        RuleBase rules = new RuleCompiler().compile(RuleFolder.sources().withPolicy(stricter));
        Analysis analysis = new ReadinessEngine(() -> rules, TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES)
                .explain(OFFICER, "service-manager", AS_OF);
        assertThat(analysis.policy().levelShare()).isEqualTo(1.0);

        RequirementLine commercial = commercial(analysis);

        assertThat(commercial.progress()).startsWith("Level 2 - Service Managers needs 4 of these 4 behaviours");
        // her validated self-claim now carries a quarter of the weight needed: three more such observations
        assertThat(needs(commercial, "level-2.02")).contains("carries a quarter of what it needs",
                "3 more validated observations",
                "self-recorded evidence counts a quarter");
    }

    private static RequirementLine commercial(Analysis analysis) {
        return REPORTS.report(OFFICER, analysis, "service-manager").requirements().stream()
                .filter(r -> r.competency().id().equals(COMMERCIAL)).findFirst().orElseThrow();
    }

    private static String needs(RequirementLine line, String indicator) {
        return line.missingBehaviours().stream().filter(m -> m.id().equals(COMMERCIAL + "." + indicator))
                .map(IndicatorLine::needs).findFirst().orElseThrow();
    }
}
