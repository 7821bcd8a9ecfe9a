package org.pathway.framework;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The frameworks Pathway knows, by id, in a stable order (sorted by id). */
public final class FrameworkCatalogue {

    private final Map<String, Framework> frameworks = new LinkedHashMap<>();

    public FrameworkCatalogue(Collection<Framework> frameworks) {
        frameworks.stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(f -> this.frameworks.put(f.id(), f));
    }

    public List<Framework> all() {
        return List.copyOf(frameworks.values());
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** The framework with this id, or an exception listing the ids that exist. */
    public Framework get(String id) {
        return find(id).orElseThrow(() -> new UnknownFrameworkException(id, frameworks.keySet()));
    }
}
