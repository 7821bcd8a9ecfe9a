package org.pathway.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The employee files of a workforce: every *.json under a folder, at any depth, in a stable order. */
public final class WorkforceFiles {

    /** How generated workforce files are named: {@code <name>-0001.json} and on. */
    private static final Pattern GENERATED = Pattern.compile(".*-[0-9]{4}\\.json");

    private WorkforceFiles() {
    }

    /** The hand-made sample employees' files under a folder: every employee file but the generated workforces. */
    public static List<Path> samples(Path folder) {
        return under(folder).stream().filter(p -> !GENERATED.matcher(p.getFileName().toString()).matches()).toList();
    }

    public static List<Path> under(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
