package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.Polarity;

/**
 * The words of a competency or an effective indicator, by the field they come from, as the index and queries see them;
 * for a competency also its summaries (name and definition; name and key themes, skills and features) and its
 * effective behaviours level by level, as {@link Meanings} reads them.
 */
record ItemText(ItemRef ref, String name, Map<String, String> fields, List<String> summaries, List<String> levels) {

    static final String NAME = "name";
    static final String DEFINITION = "definition";
    static final String THEMES = "themes";
    static final String INDICATORS = "indicators";
    static final String TEXT = "text";
    static final String CONTEXT = "context";

    /** A competency: its name, definition, key themes with skills and features, and its effective indicators. */
    static ItemText of(Framework framework, Competency competency) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(NAME, competency.name());
        fields.put(DEFINITION, competency.definition() == null ? "" : competency.definition());
        fields.put(THEMES, String.join(". ", Stream.of(
                competency.keyThemes().stream().map(t -> t.name()).toList(), competency.skills(), competency.features())
                .flatMap(List::stream).toList()));
        fields.put(INDICATORS, String.join(". ", effective(competency).stream().map(Indicator::text).toList()));
        List<String> summaries = new ArrayList<>(List.of(competency.name() + ". " + fields.get(DEFINITION)));
        if (!fields.get(THEMES).isBlank()) {
            summaries.add(competency.name() + ". " + fields.get(THEMES));
        }
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        effective(competency).forEach(i -> byLevel.computeIfAbsent(String.valueOf(i.levelId()), l -> new ArrayList<>())
                .add(i.text()));
        return new ItemText(ItemRef.competency(framework.id(), competency.id()), competency.name(), fields,
                List.copyOf(summaries), byLevel.values().stream().map(texts -> String.join(". ", texts)).toList());
    }

    /** An effective indicator: its text, and the name of its competency (and key theme) as context. */
    static ItemText of(Framework framework, Competency competency, Indicator indicator) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(TEXT, indicator.text());
        String theme = indicator.keyThemeId() == null ? null : competency.keyThemeName(indicator.keyThemeId());
        fields.put(CONTEXT, theme == null ? competency.name() : competency.name() + ". " + theme);
        return new ItemText(new ItemRef(framework.id(), competency.id(), indicator.id()), indicator.text(), fields,
                List.of(), List.of());
    }

    static List<ItemText> competencies(Framework framework) {
        return framework.competencies().stream().map(c -> of(framework, c)).toList();
    }

    static List<ItemText> indicators(Framework framework) {
        List<ItemText> texts = new ArrayList<>();
        for (Competency competency : framework.competencies()) {
            effective(competency).forEach(i -> texts.add(of(framework, competency, i)));
        }
        return texts;
    }

    private static List<Indicator> effective(Competency competency) {
        return competency.indicators(Polarity.EFFECTIVE);
    }
}
