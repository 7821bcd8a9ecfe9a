package org.pathway.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The frameworks Pathway knows, by id, in a stable order (sorted by id): those read from the datasets, and those an
 * admin publishes while the service runs ({@link #publish}), each replacing any framework with its id.
 */
public final class FrameworkCatalogue {

    private final ConcurrentSkipListMap<String, Framework> frameworks = new ConcurrentSkipListMap<>();

    public FrameworkCatalogue(Collection<Framework> frameworks) {
        frameworks.forEach(f -> this.frameworks.put(f.id(), f));
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

    /** Adds a framework, or replaces the one with its id; callers check it first (FrameworkInvariants, the schema). */
    public void publish(Framework framework) {
        frameworks.put(framework.id(), framework);
    }
}
