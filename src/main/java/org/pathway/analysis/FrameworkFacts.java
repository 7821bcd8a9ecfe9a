package org.pathway.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;

/**
 * The facts a framework contributes to every analysis, built once per framework and shared by all sessions:
 * per competency its spec, its described levels and its indicators; and look-ups from ids to ranks and polarity.
 */
final class FrameworkFacts {

    private final Framework framework;
    private final Map<String, List<Object>> factsByCompetency = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Integer> levelRanks = new HashMap<>();

    FrameworkFacts(Framework framework) {
        this.framework = framework;
        framework.scale().levels().forEach(l -> levelRanks.put(l.id(), l.rank()));
        for (Competency competency : framework.competencies()) {
            competency.indicators().forEach(i -> indicators.put(i.id(), i));
            factsByCompetency.put(competency.id(), competencyFacts(competency));
        }
    }

    Framework framework() {
        return framework;
    }

    List<Object> competencyFacts(String competencyId) {
        return factsByCompetency.get(competencyId);
    }

    Polarity polarityOf(String indicatorId) {
        return indicators.get(indicatorId).polarity();
    }

    /** Whether competencies are rated by letter, from key-theme ratings (Cherwell), rather than by statements shown. */
    boolean ratedByLetter() {
        return framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS;
    }

    int rankOf(String levelId) {
        return levelId == null ? 0 : levelRanks.get(levelId);
    }

    /** The lowest described level's rank at or above {@code rank}: the level whose indicators show what is required. */
    int describedRankAtOrAbove(int rank) {
        return framework.scale().levels().stream()
                .filter(l -> l.described() && l.rank() >= rank)
                .mapToInt(Level::rank).min().orElse(rank);
    }

    private List<Object> competencyFacts(Competency competency) {
        ScaleKind kind = framework.scale().kind();
        List<Level> levels = framework.levelsOf(competency);
        List<Object> facts = new ArrayList<>();
        facts.add(new CompetencySpec(competency.id(), kind, competency.keyThemes().size(),
                competency.indicators(Polarity.EFFECTIVE).size(), levels.stream().map(Level::rank).toList()));
        if (kind == ScaleKind.ROLE_TIER || kind == ScaleKind.CUMULATIVE) {
            for (Level level : levels) {
                Set<String> ids = new LinkedHashSet<>();
                competency.effectiveIndicatorsAt(level.id()).forEach(i -> ids.add(i.id()));
                facts.add(new LevelSpec(competency.id(), level.id(), level.rank(), Set.copyOf(ids)));
            }
        }
        for (Indicator indicator : competency.indicators(Polarity.EFFECTIVE)) {
            facts.add(new IndicatorRef(competency.id(), indicator.id(), indicator.keyThemeId(),
                    rankOf(indicator.levelId()), indicator.polarity()));
        }
        return List.copyOf(facts);
    }
}
