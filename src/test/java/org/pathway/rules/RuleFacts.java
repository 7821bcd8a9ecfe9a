package org.pathway.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pathway.analysis.CompetencySpec;
import org.pathway.analysis.EvidenceFact;
import org.pathway.analysis.IndicatorRef;
import org.pathway.analysis.LevelSpec;
import org.pathway.analysis.RoleRequirement;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;

/** Small fact builders for the rule tests: one competency "c" unless told otherwise. */
final class RuleFacts {

    /** The analysis date of every rule test. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private RuleFacts() {
    }

    static EvidenceFact managerSaw(String evidenceId, String indicatorId) {
        return indicatorEvidence(evidenceId, indicatorId, EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, Polarity.EFFECTIVE);
    }

    static EvidenceFact indicatorEvidence(String evidenceId, String indicatorId, EvidenceSource source,
            EvidenceStatus status, Polarity polarity) {
        return new EvidenceFact(evidenceId, 0, "c", indicatorId, null, 0, false, polarity, source, null, status,
                AS_OF.minusDays(30), AS_OF, false);
    }

    static EvidenceFact rating(String evidenceId, int sequence, String keyThemeId, int rank, long daysOld) {
        return rating(evidenceId, sequence, keyThemeId, rank, daysOld, EvidenceSource.MANAGER);
    }

    static EvidenceFact rating(String evidenceId, int sequence, String keyThemeId, int rank, long daysOld,
            EvidenceSource source) {
        return new EvidenceFact(evidenceId, sequence, "c", null, keyThemeId, rank, true, Polarity.EFFECTIVE, source,
                null, EvidenceStatus.VALIDATED, AS_OF.minusDays(daysOld), AS_OF, false);
    }

    static IndicatorRef indicator(String indicatorId, int levelRank) {
        return new IndicatorRef("c", indicatorId, null, levelRank, Polarity.EFFECTIVE);
    }

    static IndicatorRef themed(String indicatorId, String keyThemeId, int levelRank) {
        return new IndicatorRef("c", indicatorId, keyThemeId, levelRank, Polarity.EFFECTIVE);
    }

    static LevelSpec level(int rank, String... indicatorIds) {
        return new LevelSpec("c", "level-" + rank, rank, Set.of(indicatorIds));
    }

    static CompetencySpec competency(ScaleKind kind, int keyThemes, int effective, Integer... ranks) {
        return new CompetencySpec("c", kind, keyThemes, effective, List.of(ranks));
    }

    static RoleRequirement requires(String roleId, int rank, boolean essential) {
        return new RoleRequirement(roleId, "c", rank, rank, essential, essential ? 2 : 1);
    }
}
