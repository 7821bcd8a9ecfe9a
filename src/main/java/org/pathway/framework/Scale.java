package org.pathway.framework;

import java.util.List;
import java.util.Optional;

/** A framework's proficiency scale: its kind and its levels, lowest first. */
public record Scale(ScaleKind kind, List<Level> levels) {

    public Scale {
        levels = Lists.orEmpty(levels);
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
