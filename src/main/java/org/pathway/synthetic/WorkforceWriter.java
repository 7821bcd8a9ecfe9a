package org.pathway.synthetic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathway.people.Employee;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a workforce as workforce files of at most {@value #PER_FILE} employees, one employee per line, so that large
 * generated workforces stay readable and diffable and can be read file by file.
 */
public final class WorkforceWriter {

    static final int PER_FILE = 1000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private WorkforceWriter() {
    }

    /** Writes {@code <name>-0001.json}, {@code <name>-0002.json}, ... into {@code folder}; returns the files. */
    public static List<Path> write(List<Employee> employees, Path folder, String name, String description) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int from = 0, part = 1; from < employees.size(); from += PER_FILE, part++) {
                Path file = folder.resolve(String.format("%s-%04d.json", name, part));
                writeFile(employees.subList(from, Math.min(employees.size(), from + PER_FILE)), file, description);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void writeFile(List<Employee> employees, Path file, String description) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial)) {
            out.write("{\"description\": " + MAPPER.writeValueAsString(description) + ",\n \"employees\": [\n");
            for (int i = 0; i < employees.size(); i++) {
                out.write(MAPPER.writeValueAsString(employees.get(i)));
                out.write(i + 1 < employees.size() ? ",\n" : "\n");
            }
            out.write("]}\n");
        }
        // nothing half-written: the file appears whole or not at all
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
