package org.pathway.framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every framework file under {@code <datasets>/frameworks/}, checks it against the JSON Schema and the model's
 * invariants, and either returns the whole catalogue or fails listing every problem: nothing half-loaded.
 */
public final class FrameworkLoader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final FrameworkSchema schema = new FrameworkSchema();

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
        List<Framework> frameworks = read(datasets, problems);
        return new Reading(List.copyOf(frameworks), List.copyOf(problems));
    }

    private List<Framework> read(Path datasets, List<DatasetProblem> problems) {
        Path folder = datasets.resolve("frameworks");
        List<Path> files = frameworkFiles(folder, problems);
        List<Framework> frameworks = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String name = displayName(file);
            Framework framework = readFramework(file, name, problems);
            if (framework == null) {
                continue;
            }
            String earlier = fileById.putIfAbsent(framework.id(), name);
            if (earlier != null) {
                problems.add(new DatasetProblem(name, "/id",
                        "duplicate framework id '" + framework.id() + "', already used by " + earlier));
                continue;
            }
            frameworks.add(framework);
        }
        return frameworks;
    }

    private static List<Path> frameworkFiles(Path folder, List<DatasetProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new DatasetProblem(displayName(folder), "", "expected a folder of framework JSON files"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> files = entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                problems.add(new DatasetProblem(displayName(folder), "", "expected at least one *.json framework file"));
            }
            return files;
        } catch (IOException e) {
            problems.add(new DatasetProblem(displayName(folder), "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private Framework readFramework(Path file, String name, List<DatasetProblem> problems) {
        JsonNode document;
        try {
            document = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new DatasetProblem(name, "", "cannot read file: " + e.getMessage()));
            return null;
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(name, "", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
            return null;
        }
        List<DatasetProblem> schemaProblems = schema.check(name, document);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return null;
        }
        Framework framework = MAPPER.treeToValue(document, Framework.class);
        List<DatasetProblem> broken = FrameworkInvariants.check(name, framework);
        problems.addAll(broken);
        return broken.isEmpty() ? framework : null;
    }

    private static String displayName(Path path) {
        Path relative = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return relative.startsWith(cwd) ? cwd.relativize(relative).toString() : relative.toString();
    }
}
