package org.pathway.activity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;

/**
 * Reads {@code <datasets>/activities/*.json} (no folder, no activities) and checks each activity against its framework:
 * competencies and levels that exist, behaviours covered that belong to that level, prerequisites that exist and do
 * not go round in a circle, unique ids.
 */
public final class ActivityLoader {

    public ActivityCatalogue load(Path datasets, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        ActivityCatalogue catalogue = read(datasets, frameworks, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return catalogue;
    }

    public ActivityCatalogue read(Path datasets, FrameworkCatalogue frameworks, List<DatasetProblem> problems) {
        Map<String, List<Activity>> activities = new HashMap<>();
        Path folder = datasets.resolve("activities");
        if (!Files.isDirectory(folder)) {
            return new ActivityCatalogue(activities);
        }
        for (Path file : JsonDocuments.jsonFiles(folder, problems)) {
            String name = JsonDocuments.displayName(file);
            JsonDocuments.read(file, "activities.schema.json", ActivityCatalogueFile.class, problems).ifPresent(read -> {
                List<DatasetProblem> broken = check(name, read, frameworks);
                if (activities.containsKey(read.frameworkId())) {
                    broken.add(new DatasetProblem(name, "/frameworkId",
                            "a second activities file for framework '" + read.frameworkId() + "'"));
                }
                problems.addAll(broken);
                if (broken.isEmpty()) {
                    activities.put(read.frameworkId(), read.activities());
                }
            });
        }
        return new ActivityCatalogue(activities);
    }

    private static List<DatasetProblem> check(String file, ActivityCatalogueFile read, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        Framework framework = frameworks.find(read.frameworkId()).orElse(null);
        if (framework == null) {
            problems.add(new DatasetProblem(file, "/frameworkId", "expected one of the framework ids "
                    + frameworks.all().stream().map(Framework::id).toList() + ", found '" + read.frameworkId() + "'"));
            return problems;
        }
        Map<String, Activity> byId = new HashMap<>();
        Set<String> sessionIds = new HashSet<>();
        for (int a = 0; a < read.activities().size(); a++) {
            Activity activity = read.activities().get(a);
            String at = "/activities/" + a;
            if (byId.putIfAbsent(activity.id(), activity) != null) {
                problems.add(new DatasetProblem(file, at + "/id", "duplicate activity id '" + activity.id() + "'"));
            }
            for (int d = 0; d < activity.develops().size(); d++) {
                checkDevelopment(file, at + "/develops/" + d, activity.develops().get(d), framework, problems);
            }
            for (int s = 0; s < activity.sessions().size(); s++) {
                if (!sessionIds.add(activity.sessions().get(s).id())) {
                    problems.add(new DatasetProblem(file, at + "/sessions/" + s + "/id",
                            "duplicate session id '" + activity.sessions().get(s).id() + "'"));
                }
            }
        }
        for (int a = 0; a < read.activities().size(); a++) {
            Activity activity = read.activities().get(a);
            for (int p = 0; p < activity.prerequisiteIds().size(); p++) {
                String prerequisite = activity.prerequisiteIds().get(p);
                if (!byId.containsKey(prerequisite)) {
                    problems.add(new DatasetProblem(file, "/activities/" + a + "/prerequisiteIds/" + p,
                            "expected the id of another activity in this file, found '" + prerequisite + "'"));
                } else if (leadsBackTo(activity.id(), prerequisite, byId, new HashSet<>())) {
                    problems.add(new DatasetProblem(file, "/activities/" + a + "/prerequisiteIds/" + p,
                            "prerequisite '" + prerequisite + "' leads back to '" + activity.id() + "': a circle"));
                }
            }
        }
        return problems;
    }

    private static boolean leadsBackTo(String start, String current, Map<String, Activity> byId, Set<String> seen) {
        if (current.equals(start)) {
            return true;
        }
        Activity activity = byId.get(current);
        if (activity == null || !seen.add(current)) {
            return false;
        }
        return activity.prerequisiteIds().stream().anyMatch(p -> leadsBackTo(start, p, byId, seen));
    }

    /**
     * What a framework's activities develop, checked against a new version of the framework before it replaces the
     * one in use (publishing): each competency, level and covered behaviour must still be there.
     */
    public static List<DatasetProblem> checkDevelopments(String file, List<Activity> activities, Framework framework) {
        List<DatasetProblem> problems = new ArrayList<>();
        for (int a = 0; a < activities.size(); a++) {
            for (int d = 0; d < activities.get(a).develops().size(); d++) {
                checkDevelopment(file, "/activities/" + a + "/develops/" + d, activities.get(a).develops().get(d),
                        framework, problems);
            }
        }
        return problems;
    }

    private static void checkDevelopment(String file, String at, Development development, Framework framework,
            List<DatasetProblem> problems) {
        Competency competency = framework.competency(development.competencyId()).orElse(null);
        if (competency == null) {
            problems.add(new DatasetProblem(file, at + "/competencyId", "expected a competency id of framework '"
                    + framework.id() + "', found '" + development.competencyId() + "'"));
            return;
        }
        List<String> levels = framework.levelsOf(competency).stream().map(Level::id).toList();
        if (development.levelId() == null ? !levels.isEmpty() : !levels.contains(development.levelId())) {
            problems.add(new DatasetProblem(file, at + "/levelId", "expected one of competency '" + competency.id()
                    + "' levels " + levels + ", found " + (development.levelId() == null ? "none"
                            : "'" + development.levelId() + "'")));
            return;
        }
        List<String> coverable = coverable(framework, competency, development.levelId());
        for (int c = 0; c < development.covers().size(); c++) {
            String covered = development.covers().get(c);
            if (!coverable.contains(covered)) {
                problems.add(new DatasetProblem(file, at + "/covers/" + c, "expected "
                        + (framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS ? "a key theme" : "an effective indicator")
                        + " of competency '" + competency.id() + "'" + (development.levelId() == null ? ""
                                : " at level '" + development.levelId() + "'") + ", found '" + covered + "'"));
            }
        }
    }

    /** What an activity at the level may cover: its effective indicators (on rating scales, the key themes). */
    private static List<String> coverable(Framework framework, Competency competency, String levelId) {
        if (framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS) {
            return competency.keyThemes().stream().map(KeyTheme::id).toList();
        }
        return (levelId == null ? competency.indicators(Polarity.EFFECTIVE) : competency.effectiveIndicatorsAt(levelId))
                .stream().map(Indicator::id).toList();
    }
}
