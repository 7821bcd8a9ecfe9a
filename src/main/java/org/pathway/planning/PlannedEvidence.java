package org.pathway.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.ScaleKind;

/**
 * The evidence a completed activity is expected to produce, awaiting validation, for projecting readiness: the
 * behaviours of the level it develops (on cumulative scales every level up to it; with no levels all the competency's
 * behaviours; on rating scales a rating of each key theme at that level).
 */
public final class PlannedEvidence {

    private final Framework framework;

    public PlannedEvidence(Framework framework) {
        this.framework = framework;
    }

    public List<Evidence> of(String activityId, String competencyId, int reachesRank, LocalDate completedOn) {
        Competency competency = framework.competency(competencyId).orElseThrow();
        List<Evidence> evidence = new ArrayList<>();
        String prefix = "planned-" + activityId + "-";
        if (framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS) {
            Level level = framework.scale().levels().stream().filter(l -> l.rank() == reachesRank).findFirst().orElseThrow();
            for (KeyTheme theme : competency.keyThemes()) {
                evidence.add(planned(prefix + evidence.size(), competencyId, null, theme.id(), level.id(), completedOn));
            }
            return evidence;
        }
        for (Indicator indicator : competency.indicators(org.pathway.framework.Polarity.EFFECTIVE)) {
            if (developedBy(indicator, reachesRank)) {
                evidence.add(planned(prefix + evidence.size(), competencyId, indicator.id(), null, null, completedOn));
            }
        }
        return evidence;
    }

    private boolean developedBy(Indicator indicator, int reachesRank) {
        if (indicator.levelId() == null || reachesRank == 0) {
            return true;
        }
        int rank = framework.scale().level(indicator.levelId()).orElseThrow().rank();
        return framework.scale().kind() == ScaleKind.CUMULATIVE ? rank <= reachesRank : rank == reachesRank;
    }

    private static Evidence planned(String id, String competencyId, String indicatorId, String keyThemeId,
            String ratingLevelId, LocalDate on) {
        return new Evidence(id, competencyId, indicatorId, keyThemeId, ratingLevelId, EvidenceSource.ACTIVITY,
                EvidenceStatus.CLAIMED, on, null, null, null, "Expected on completing a planned activity");
    }
}
