package org.pathway.framework;

import java.util.List;

/**
 * A behavioural statement of a competency. {@code levelId} is null when it applies at every level;
 * {@code keyThemeId} is set where the competency has key themes. Ids are stable: evidence refers to them.
 */
public record Indicator(String id, String levelId, String keyThemeId, Polarity polarity, String text, List<String> notes) {

    public Indicator {
        notes = Lists.orEmpty(notes);
    }

    public boolean appliesAtEveryLevel() {
        return levelId == null;
    }
}
