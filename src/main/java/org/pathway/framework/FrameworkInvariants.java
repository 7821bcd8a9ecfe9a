package org.pathway.framework;

import org.pathway.dataset.DatasetProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a framework must keep beyond its JSON Schema: unique ids, references that resolve, indicators at levels their
 * competency has, and ranks in order. Each broken rule becomes a {@link DatasetProblem} naming the JSON pointer.
 */
public final class FrameworkInvariants {

    private final String file;
    private final Framework framework;
    private final List<DatasetProblem> problems = new ArrayList<>();

    private FrameworkInvariants(String file, Framework framework) {
        this.file = file;
        this.framework = framework;
    }

    /** Every broken rule of {@code framework}, read from {@code file}; empty when it holds. Public for importers. */
    public static List<DatasetProblem> check(String file, Framework framework) {
        FrameworkInvariants invariants = new FrameworkInvariants(file, framework);
        invariants.checkScale();
        invariants.checkClusters();
        invariants.checkCompetencies();
        return List.copyOf(invariants.problems);
    }

    private void checkScale() {
        List<Level> levels = framework.scale().levels();
        boolean behavioural = framework.scale().kind() == ScaleKind.BEHAVIOURAL;
        if (behavioural && !levels.isEmpty()) {
            problem("/scale/levels", "expected no levels for a BEHAVIOURAL scale, found " + levels.size());
        }
        if (!behavioural && levels.isEmpty()) {
            problem("/scale/levels", "expected at least one level for a " + framework.scale().kind() + " scale");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            unique(seen, level.id(), "/scale/levels/" + i + "/id", "level");
            if (level.rank() != i + 1) {
                problem("/scale/levels/" + i + "/rank",
                        "expected rank " + (i + 1) + " (levels are listed lowest first), found " + level.rank());
            }
        }
    }

    private void checkClusters() {
        Set<String> seen = new HashSet<>();
        List<Cluster> clusters = framework.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            unique(seen, cluster.id(), "/clusters/" + i + "/id", "cluster");
            String parent = cluster.parentId();
            if (parent != null && (parent.equals(cluster.id()) || framework.cluster(parent).isEmpty())) {
                problem("/clusters/" + i + "/parentId", "expected the id of another cluster, found '" + parent + "'");
            }
        }
    }

    private void checkCompetencies() {
        Set<String> competencyIds = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        Set<String> parentClusters = framework.clusters().stream()
                .map(Cluster::parentId).filter(p -> p != null).collect(Collectors.toSet());
        List<Competency> competencies = framework.competencies();
        for (int c = 0; c < competencies.size(); c++) {
            Competency competency = competencies.get(c);
            String at = "/competencies/" + c;
            unique(competencyIds, competency.id(), at + "/id", "competency");
            if (framework.cluster(competency.clusterId()).isEmpty()) {
                problem(at + "/clusterId", "expected one of the framework's cluster ids " + clusterIds()
                        + ", found '" + competency.clusterId() + "'");
            } else if (parentClusters.contains(competency.clusterId())) {
                problem(at + "/clusterId", "expected a cluster with no sub-clusters, found '" + competency.clusterId()
                        + "', which groups other clusters");
            }
            checkLevelIds(competency, at);
            checkIndicators(competency, at, indicatorIds);
        }
    }

    private void checkLevelIds(Competency competency, String at) {
        Set<String> seen = new HashSet<>();
        for (int l = 0; l < competency.levelIds().size(); l++) {
            String levelId = competency.levelIds().get(l);
            if (framework.scale().level(levelId).isEmpty()) {
                problem(at + "/levelIds/" + l, "expected one of the scale's level ids " + scaleLevelIds()
                        + ", found '" + levelId + "'");
            }
            unique(seen, levelId, at + "/levelIds/" + l, "level");
        }
    }

    private void checkIndicators(Competency competency, String at, Set<String> indicatorIds) {
        Map<String, KeyTheme> themes = new HashMap<>();
        for (int t = 0; t < competency.keyThemes().size(); t++) {
            KeyTheme theme = competency.keyThemes().get(t);
            if (themes.putIfAbsent(theme.id(), theme) != null) {
                problem(at + "/keyThemes/" + t + "/id", "duplicate key theme id '" + theme.id() + "'");
            }
        }
        List<String> levelIds = framework.levelsOf(competency).stream().map(Level::id).toList();
        for (int i = 0; i < competency.indicators().size(); i++) {
            Indicator indicator = competency.indicators().get(i);
            String here = at + "/indicators/" + i;
            unique(indicatorIds, indicator.id(), here + "/id", "indicator");
            if (indicator.levelId() != null) {
                checkIndicatorLevel(competency, indicator, levelIds, here + "/levelId");
            }
            if (indicator.keyThemeId() != null && !themes.containsKey(indicator.keyThemeId())) {
                problem(here + "/keyThemeId", "expected one of competency '" + competency.id() + "' key theme ids "
                        + themes.keySet().stream().sorted().toList() + ", found '" + indicator.keyThemeId() + "'");
            }
        }
    }

    private void checkIndicatorLevel(Competency competency, Indicator indicator, List<String> levelIds, String pointer) {
        if (!levelIds.contains(indicator.levelId())) {
            problem(pointer, "expected one of competency '" + competency.id() + "' levels " + levelIds
                    + ", found '" + indicator.levelId() + "'");
        } else if (framework.scale().level(indicator.levelId()).map(l -> !l.described()).orElse(false)) {
            problem(pointer, "expected a described level, found mid-point '" + indicator.levelId()
                    + "', which has no indicators");
        }
    }

    private void unique(Set<String> seen, String id, String pointer, String kind) {
        if (!seen.add(id)) {
            problem(pointer, "duplicate " + kind + " id '" + id + "'");
        }
    }

    private List<String> clusterIds() {
        return framework.clusters().stream().map(Cluster::id).toList();
    }

    private List<String> scaleLevelIds() {
        return framework.scale().levels().stream().map(Level::id).toList();
    }

    private void problem(String pointer, String message) {
        problems.add(new DatasetProblem(file, pointer, message));
    }
}
