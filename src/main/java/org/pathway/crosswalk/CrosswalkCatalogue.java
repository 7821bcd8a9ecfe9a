package org.pathway.crosswalk;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The crosswalks Pathway knows, one per ordered pair of frameworks, as shipped or as an admin has reviewed them. */
public final class CrosswalkCatalogue {

    private final ConcurrentMap<String, Crosswalk> crosswalks = new ConcurrentHashMap<>();

    public CrosswalkCatalogue(List<Crosswalk> crosswalks) {
        crosswalks.forEach(this::put);
    }

    public List<Crosswalk> all() {
        return crosswalks.values().stream()
                .sorted(java.util.Comparator.comparing(Crosswalk::from).thenComparing(Crosswalk::to)).toList();
    }

    public Optional<Crosswalk> find(String from, String to) {
        return Optional.ofNullable(crosswalks.get(key(from, to)));
    }

    /** Adds a crosswalk, or replaces the one of its pair; callers check it first ({@link CrosswalkLoader#check}). */
    public void put(Crosswalk crosswalk) {
        crosswalks.put(key(crosswalk.from(), crosswalk.to()), crosswalk);
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }
}
