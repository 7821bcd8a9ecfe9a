package org.pathway.crosswalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkLoader;

/**
 * Works out the meaning of every competency of the frameworks in {@code datasets/} and writes them where
 * {@link Meanings} reads the shipped ones ({@code src/main/resources/crosswalk/meanings.tsv}); run after a seed
 * framework's texts change ({@code ShippedMeaningsTest} says when): {@code ./mvnw -q test-compile
 * exec:java@crosswalk-meanings}.
 */
public final class ShippedMeaningsWriter {

    private ShippedMeaningsWriter() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# The meaning of each competency of the seed frameworks, worked out ahead by Meanings (crosswalk"
                        + " suggestions):",
                "# the digest of the model and the competency's texts, its meaning (384 floats, little-endian, Base64),"
                        + " and which competency it is.",
                "# Written by ./mvnw -q test-compile exec:java@crosswalk-meanings; do not edit."));
        for (Framework framework : new FrameworkLoader().load(Path.of("datasets")).all()) {
            for (ItemText competency : ItemText.competencies(framework)) {
                lines.add(Meanings.digest(competency) + "\t" + Meanings.encode(Meanings.workOut(competency)) + "\t"
                        + framework.id() + "/" + competency.ref().competency());
            }
        }
        Path file = Path.of("src/main/resources" + Meanings.SHIPPED);
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.printf("%d meanings written to %s%n", lines.size() - 3, file);
    }
}
