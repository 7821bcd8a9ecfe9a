package org.pathway.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The development activities on offer for each framework. */
public final class ActivityCatalogue {

    private final Map<String, List<Activity>> byFramework;

    ActivityCatalogue(Map<String, List<Activity>> byFramework) {
        this.byFramework = Map.copyOf(byFramework);
    }

    public List<Activity> activitiesOf(String frameworkId) {
        return byFramework.getOrDefault(frameworkId, List.of());
    }

    public Optional<Activity> find(String frameworkId, String activityId) {
        return activitiesOf(frameworkId).stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    public int size() {
        return byFramework.values().stream().mapToInt(List::size).sum();
    }
}
