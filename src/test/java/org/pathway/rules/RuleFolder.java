package org.pathway.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.pathway.policy.PolicyFile;

/**
 * The project's {@code rules/} folder, with the tests' own policy ({@value #FIXTURE_POLICY}) instead of the shipped
 * one, so that HR may change the shipped values without a test noticing; copied where a test may edit it, as HR would
 * edit theirs.
 */
public final class RuleFolder {

    /** The policy the tests decide under: the values they were worked out for, whatever the shipped file says. */
    public static final Path FIXTURE_POLICY = Path.of("src/test/resources/policy/fixture-policy.json");

    private RuleFolder() {
    }

    /** The project's rules with the fixture policy. */
    public static RuleSources sources() {
        try {
            return RuleSources.read(Path.of("rules")).withPolicy(Files.readString(FIXTURE_POLICY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's rules with the fixture policy, compiled. */
    public static RuleBase compiled() {
        return new RuleCompiler().compile(sources());
    }

    public static void copyTo(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.copy(FIXTURE_POLICY, PolicyFile.of(target), StandardCopyOption.REPLACE_EXISTING);
    }
}
