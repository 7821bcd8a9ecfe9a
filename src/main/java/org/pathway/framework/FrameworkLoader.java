package org.pathway.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;

/**
 * Reads every framework file under {@code <datasets>/frameworks/}, checks it against the JSON Schema and the model's
 * invariants, and either returns the whole catalogue or fails listing every problem: nothing half-loaded.
 */
public final class FrameworkLoader {

    /** The outcome of reading the framework files: the valid frameworks and every problem found in the others. */
    public record Reading(List<Framework> frameworks, List<DatasetProblem> problems) {
    }

    /** Loads the catalogue or throws a {@link DatasetException} with every problem found. */
    public FrameworkCatalogue load(Path datasets) {
        Reading reading = read(datasets);
        if (!reading.problems().isEmpty()) {
            throw new DatasetException(reading.problems());
        }
        return new FrameworkCatalogue(reading.frameworks());
    }

    /** Reads every framework file, collecting problems instead of stopping at the first. */
    public Reading read(Path datasets) {
        List<DatasetProblem> problems = new ArrayList<>();
        Path folder = datasets.resolve("frameworks");
        List<Path> files = JsonDocuments.jsonFiles(folder, problems);
        if (problems.isEmpty() && files.isEmpty()) {
            problems.add(new DatasetProblem(JsonDocuments.displayName(folder), "",
                    "expected at least one *.json framework file"));
        }
        List<Framework> frameworks = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String name = JsonDocuments.displayName(file);
            JsonDocuments.read(file, "framework.schema.json", Framework.class, problems)
                    .filter(framework -> invariantsHold(name, framework, problems))
                    .ifPresent(framework -> {
                        String earlier = fileById.putIfAbsent(framework.id(), name);
                        if (earlier == null) {
                            frameworks.add(framework);
                        } else {
                            problems.add(new DatasetProblem(name, "/id",
                                    "duplicate framework id '" + framework.id() + "', already used by " + earlier));
                        }
                    });
        }
        return new Reading(List.copyOf(frameworks), List.copyOf(problems));
    }

    private static boolean invariantsHold(String file, Framework framework, List<DatasetProblem> problems) {
        List<DatasetProblem> broken = FrameworkInvariants.check(file, framework);
        problems.addAll(broken);
        return broken.isEmpty();
    }
}
