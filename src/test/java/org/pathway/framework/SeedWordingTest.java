package org.pathway.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement in a framework dataset keeps the seed's wording: after ignoring case, punctuation, spacing and the
 * extraction's look-alike letters, each indicator, definition, skill and feature occurs in the seed document verbatim.
 * The statements that had to be reassembled from interleaved or wrapped table columns are listed, with reasons, in
 * src/test/resources/seed-wording-reassembled.txt: their words must occur in the seed in the same order, though not
 * side by side. Runs where the seeds are checked out beside the project.
 */
class SeedWordingTest {

    private static final Path REASSEMBLED = Path.of("src/test/resources/seed-wording-reassembled.txt");

    @ParameterizedTest
    @MethodSource("org.pathway.framework.Datasets#frameworkIds")
    void everyStatementIsTheSeedsWording(String frameworkId) throws IOException {
        Framework framework = Datasets.catalogue().get(frameworkId);
        Path seed = Datasets.SEEDS.resolve(framework.source().document());
        assumeTrue(Files.exists(seed), "seed " + seed + " not checked out beside the project");
        String text = Files.readString(seed);
        String source = normalise(text);
        List<String> sourceWords = words(text);
        Set<String> reassembled = reassembledIds();

        List<String> notInSeed = new ArrayList<>();
        for (Competency c : framework.competencies()) {
            for (Map.Entry<String, String> statement : statements(c).entrySet()) {
                boolean found = reassembled.contains(framework.id() + "/" + statement.getKey())
                        ? inOrder(words(statement.getValue()), sourceWords)
                        : source.contains(normalise(statement.getValue()));
                if (!found) {
                    notInSeed.add(statement.getKey() + ": " + statement.getValue());
                }
            }
        }
        assertThat(notInSeed).as("statements not found in " + seed).isEmpty();
    }

    /** Every piece of seed text a competency carries, keyed by indicator id or competency:part:index. */
    private static Map<String, String> statements(Competency c) {
        Map<String, String> statements = new LinkedHashMap<>();
        if (c.definition() != null) {
            String[] paragraphs = c.definition().split("\n\n");
            for (int p = 0; p < paragraphs.length; p++) {
                statements.put(c.id() + ":definition:" + p, paragraphs[p]);
            }
        }
        for (int i = 0; i < c.skills().size(); i++) {
            statements.put(c.id() + ":skill:" + i, c.skills().get(i));
        }
        for (int i = 0; i < c.features().size(); i++) {
            statements.put(c.id() + ":feature:" + i, c.features().get(i));
        }
        c.indicators().forEach(i -> statements.put(i.id(), i.text()));
        return statements;
    }

    /** Letters and digits only, lower case, with the Greek and Cyrillic capitals the PDF extraction used mapped back. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('Α', 'A').replace('В', 'B').replace('Ε', 'E').replace('Е', 'E').replace('Н', 'H')
                .replace('С', 'C').replace('А', 'A');
        return folded.replaceAll("<[^>]+>", "").toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    private static List<String> words(String text) {
        return Stream.of(text.split("\\s+")).map(SeedWordingTest::normalise).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether every word of the statement occurs in the source after the previous one. */
    private static boolean inOrder(List<String> statement, List<String> source) {
        int at = 0;
        for (String word : statement) {
            while (at < source.size() && !source.get(at).equals(word)) {
                at++;
            }
            if (at == source.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static Set<String> reassembledIds() throws IOException {
        if (!Files.exists(REASSEMBLED)) {
            return Set.of();
        }
        return Files.readAllLines(REASSEMBLED).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0])
                .collect(Collectors.toSet());
    }
}
