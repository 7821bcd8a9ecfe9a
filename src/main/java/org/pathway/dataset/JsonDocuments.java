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
        return readTree(file, problems).flatMap(document -> bind(displayName(file), "", document, schemaFile, type,
                problems));
    }

    /** The file's JSON tree, or empty with a problem naming the line and column where it is malformed. */
    public static Optional<JsonNode> readTree(Path file, List<DatasetProblem> problems) {
        String name = displayName(file);
        try {
            return readTree(name, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(new DatasetProblem(name, "", "cannot read file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The JSON tree of {@code content} (named {@code name}), or empty with a problem naming the line and column. */
    public static Optional<JsonNode> readTree(String name, byte[] content, List<DatasetProblem> problems) {
        try {
            return Optional.of(MAPPER.readTree(content));
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(name, "", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        return Optional.empty();
    }

    /**
     * A part of a document (at {@code pointer}, "" for the whole) checked against its schema and bound to {@code type};
     * problems carry pointers from the document's root.
     */
    public static <T> Optional<T> bind(String file, String pointer, JsonNode node, String schemaFile, Class<T> type,
            List<DatasetProblem> problems) {
        List<DatasetProblem> schemaProblems = SCHEMAS.computeIfAbsent(schemaFile, JsonSchemaCheck::new).check(file, node);
        if (!schemaProblems.isEmpty()) {
            schemaProblems.forEach(p -> problems.add(new DatasetProblem(p.file(), pointer + p.pointer(), p.message())));
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(node, type));
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(file, pointer + pointer(e), "cannot read value: " + e.getOriginalMessage()));
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
