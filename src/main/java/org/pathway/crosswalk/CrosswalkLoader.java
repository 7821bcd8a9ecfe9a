package org.pathway.crosswalk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;

/**
 * Reads {@code <datasets>/crosswalks/*.json} (no folder, no crosswalks), each checked against
 * {@code crosswalk.schema.json} and then against the frameworks: both exist and differ, every competency and indicator
 * id exists where the link says, no link twice, one file per ordered pair. Fails listing every problem.
 */
public final class CrosswalkLoader {

    public static final String SCHEMA = "crosswalk.schema.json";

    public CrosswalkCatalogue load(Path datasets, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        CrosswalkCatalogue catalogue = read(datasets, frameworks, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return catalogue;
    }

    /** Reads every crosswalk file, adding problems to the list instead of stopping at the first. */
    public CrosswalkCatalogue read(Path datasets, FrameworkCatalogue frameworks, List<DatasetProblem> problems) {
        List<Crosswalk> crosswalks = new ArrayList<>();
        Path folder = datasets.resolve("crosswalks");
        if (!Files.isDirectory(folder)) {
            return new CrosswalkCatalogue(crosswalks);
        }
        for (Path file : JsonDocuments.jsonFiles(folder, problems)) {
            String name = JsonDocuments.displayName(file);
            JsonDocuments.read(file, SCHEMA, Crosswalk.class, problems).ifPresent(crosswalk -> {
                List<DatasetProblem> broken = new ArrayList<>(check(name, crosswalk, frameworks));
                if (crosswalks.stream().anyMatch(c -> c.from().equals(crosswalk.from()) && c.to().equals(crosswalk.to()))) {
                    broken.add(new DatasetProblem(name, "/to", "a second crosswalk file from '" + crosswalk.from()
                            + "' to '" + crosswalk.to() + "'"));
                }
                problems.addAll(broken);
                if (broken.isEmpty()) {
                    crosswalks.add(crosswalk);
                }
            });
        }
        return new CrosswalkCatalogue(crosswalks);
    }

    /** A crosswalk file's content read from elsewhere (an upload): the schema, then the ids. */
    public static Optional<Crosswalk> parse(String name, byte[] content, FrameworkCatalogue frameworks,
            List<DatasetProblem> problems) {
        return JsonDocuments.readTree(name, content, problems)
                .flatMap(tree -> JsonDocuments.bind(name, "", tree, SCHEMA, Crosswalk.class, problems))
                .filter(crosswalk -> {
                    List<DatasetProblem> broken = check(name, crosswalk, frameworks);
                    problems.addAll(broken);
                    return broken.isEmpty();
                });
    }

    /** The problems of a crosswalk against the frameworks, with pointers as in its file. */
    public static List<DatasetProblem> check(String file, Crosswalk crosswalk, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> ids = frameworks.all().stream().map(Framework::id).toList();
        Framework from = frameworks.find(crosswalk.from()).orElse(null);
        Framework to = frameworks.find(crosswalk.to()).orElse(null);
        if (from == null) {
            problems.add(new DatasetProblem(file, "/from", "expected one of the framework ids " + ids + ", found '"
                    + crosswalk.from() + "'"));
        }
        if (to == null) {
            problems.add(new DatasetProblem(file, "/to", "expected one of the framework ids " + ids + ", found '"
                    + crosswalk.to() + "'"));
        }
        if (crosswalk.from().equals(crosswalk.to())) {
            problems.add(new DatasetProblem(file, "/to", "expected a framework other than '" + crosswalk.from()
                    + "': a crosswalk joins two different frameworks"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < crosswalk.links().size(); i++) {
            CrosswalkLink link = crosswalk.links().get(i);
            String at = "/links/" + i;
            checkItem(file, at, "from", from, link.fromCompetency(), link.fromIndicator(), problems);
            checkItem(file, at, "to", to, link.toCompetency(), link.toIndicator(), problems);
            if ((link.fromIndicator() == null) != (link.toIndicator() == null)) {
                problems.add(new DatasetProblem(file, at, "expected both fromIndicator and toIndicator (an indicator"
                        + " link) or neither (a competency link)"));
            }
            for (int j = 0; j < i; j++) {
                if (crosswalk.links().get(j).sameItems(link)) {
                    problems.add(new DatasetProblem(file, at, "the same link as /links/" + j));
                }
            }
        }
        return problems;
    }

    private static void checkItem(String file, String at, String side, Framework framework, String competencyId,
            String indicatorId, List<DatasetProblem> problems) {
        Optional<Competency> competency = framework.competency(competencyId);
        if (competency.isEmpty()) {
            problems.add(new DatasetProblem(file, at + "/" + side + "Competency", "expected a competency id of framework '"
                    + framework.id() + "', found '" + competencyId + "'"));
            return;
        }
        if (indicatorId != null && competency.get().indicators().stream().noneMatch(i -> i.id().equals(indicatorId))) {
            problems.add(new DatasetProblem(file, at + "/" + side + "Indicator", "expected an indicator id of competency '"
                    + competencyId + "' of framework '" + framework.id() + "', found '" + indicatorId + "'"));
        }
    }
}
