package org.pathway.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads dataset JSON files: parses them strictly, checks them against their JSON Schema and binds them to the model,
 * turning every failure into a {@link DatasetProblem} that names the file, the line or JSON pointer, and what was expected.
 */
public final class JsonDocuments {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Map<String, JsonSchemaCheck> SCHEMAS = new ConcurrentHashMap<>();

    private JsonDocuments() {
    }

    /**
     * The document bound to {@code type}, or empty with the problems added when it is unreadable, malformed or breaks
     * its schema ({@code schemaFile} under datasets/schema/).
     */
    public static <T> Optional<T> read(Path file, String schemaFile, Class<T> type, List<DatasetProblem> problems) {
        String name = displayName(file);
        JsonNode document;
        try {
            document = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new DatasetProblem(name, "", "cannot read file: " + e.getMessage()));
            return Optional.empty();
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(name, "", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
            return Optional.empty();
        }
        List<DatasetProblem> schemaProblems = SCHEMAS.computeIfAbsent(schemaFile, JsonSchemaCheck::new).check(name, document);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(document, type));
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(name, pointer(e), "cannot read value: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName() : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** The *.json files directly in a folder, sorted; a problem if the folder is missing. */
    public static List<Path> jsonFiles(Path folder, List<DatasetProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new DatasetProblem(displayName(folder), "", "expected a folder of JSON files"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(new DatasetProblem(displayName(folder), "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** A path as the user would type it: relative to the working directory when inside it. */
    public static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
