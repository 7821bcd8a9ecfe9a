package org.pathway.framework;

import java.util.List;

/**
 * A competency with its definition, the framework's skills/attributes or features, its key themes and its indicators.
 * {@code levelIds} is the subset of the scale it uses; empty means the whole scale.
 */
public record Competency(
        String id,
        String code,
        String name,
        String clusterId,
        String definition,
        List<String> levelIds,
        List<String> skills,
        List<String> features,
        List<KeyTheme> keyThemes,
        List<Indicator> indicators,
        List<String> notes) {

    public Competency {
        levelIds = Lists.orEmpty(levelIds);
        skills = Lists.orEmpty(skills);
        features = Lists.orEmpty(features);
        keyThemes = Lists.orEmpty(keyThemes);
        indicators = Lists.orEmpty(indicators);
        notes = Lists.orEmpty(notes);
    }

    public String keyThemeName(String keyThemeId) {
        return keyThemes.stream().filter(t -> t.id().equals(keyThemeId)).map(KeyTheme::name).findFirst().orElse(null);
    }

    public List<Indicator> indicators(Polarity polarity) {
        return indicators.stream().filter(i -> i.polarity() == polarity).toList();
    }

    /** The effective indicators that describe the given level, including those that apply at every level. */
    public List<Indicator> effectiveIndicatorsAt(String levelId) {
        return indicators.stream()
                .filter(i -> i.polarity() == Polarity.EFFECTIVE)
                .filter(i -> i.appliesAtEveryLevel() || i.levelId().equals(levelId))
                .toList();
    }
}
