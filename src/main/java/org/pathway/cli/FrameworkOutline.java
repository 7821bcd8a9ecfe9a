package org.pathway.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.pathway.framework.Cluster;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;

/**
 * Prints a framework as an indented outline a person can read top to bottom: clusters, competencies, then each
 * competency's indicators grouped by key theme and level, lowest level first, and finally its ineffective behaviours.
 */
final class FrameworkOutline {

    private final PrintWriter out;

    FrameworkOutline(PrintWriter out) {
        this.out = out;
    }

    void print(Framework framework) {
        out.printf("%s%n%s%n", framework.name(), String.join(", ", framework.organisations()));
        out.printf("id: %s   source: %s%s%n", framework.id(), framework.source().document(),
                framework.source().published() == null ? "" : " (" + framework.source().published() + ")");
        out.printf("scale: %s%s%n", framework.scale().kind(), levels(framework.scale().levels()));
        for (Cluster cluster : framework.clusters()) {
            List<Competency> members = framework.competencies().stream()
                    .filter(c -> c.clusterId().equals(cluster.id())).toList();
            out.printf("%n== %s%s ==%n", cluster.parentId() == null ? "" : parentName(framework, cluster) + " / ",
                    cluster.name());
            members.forEach(c -> printCompetency(framework, c));
        }
    }

    private void printCompetency(Framework framework, Competency competency) {
        out.printf("%n  %s%s%n", competency.code() == null ? "" : competency.code() + " ", competency.name());
        if (competency.definition() != null) {
            out.printf("    %s%n", competency.definition().replace("\n\n", "\n    "));
        }
        if (!competency.skills().isEmpty()) {
            out.printf("    Skills/attributes: %s%n", String.join("; ", competency.skills()));
        }
        competency.features().forEach(f -> out.printf("    feature: %s%n", f));
        List<KeyTheme> themes = competency.keyThemes().isEmpty()
                ? java.util.Collections.singletonList(null) : competency.keyThemes();
        for (KeyTheme theme : themes) {
            if (theme != null) {
                out.printf("    Key theme: %s%n", theme.name());
            }
            String themeId = theme == null ? null : theme.id();
            printGroup("All levels", effective(competency, themeId, null), theme != null);
            for (Level level : framework.levelsOf(competency)) {
                printGroup(level.label(), effective(competency, themeId, level.id()), theme != null);
            }
        }
        printGroup("Ineffective behaviours", competency.indicators(Polarity.INEFFECTIVE), false);
    }

    private void printGroup(String heading, List<Indicator> indicators, boolean nested) {
        if (indicators.isEmpty()) {
            return;
        }
        String indent = nested ? "      " : "    ";
        out.printf("%s%s%n", indent, heading);
        indicators.forEach(i -> out.printf("%s  - %s  [%s]%n", indent, i.text(), i.id()));
    }

    private static List<Indicator> effective(Competency competency, String keyThemeId, String levelId) {
        return competency.indicators(Polarity.EFFECTIVE).stream()
                .filter(i -> Objects.equals(i.keyThemeId(), keyThemeId) && Objects.equals(i.levelId(), levelId))
                .toList();
    }

    private static String parentName(Framework framework, Cluster cluster) {
        return framework.cluster(cluster.parentId()).map(Cluster::name).orElse(cluster.parentId());
    }

    private static String levels(List<Level> levels) {
        if (levels.isEmpty()) {
            return " (no levels)";
        }
        return " " + String.join(" < ", levels.stream().map(Level::label).toList());
    }
}
