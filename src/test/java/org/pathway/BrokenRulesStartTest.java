package org.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.rules.RuleCompilationException;
import org.pathway.rules.RuleFolder;
import org.springframework.boot.SpringApplication;

/**
 * The service compiles its rules while the rest of it starts, but still does not start on rules that do not compile:
 * the start fails with the DRL file and line, and nothing is left running.
 */
class BrokenRulesStartTest {

    @Test
    void theServiceDoesNotStartOnBrokenRulesAndSaysWhichFileAndLine(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path verdict = rules.resolve("readiness/verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("then", "thne"));

        Throwable failure = catchThrowable(() -> SpringApplication.run(PathwayApplication.class,
                "--pathway.rules=" + rules, "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:broken-rules",
                "--pathway.demo-data=false"));

        assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                .filteredOn(RuleCompilationException.class::isInstance).map(RuleCompilationException.class::cast)
                .singleElement().satisfies(refused -> assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                    assertThat(problem.file()).endsWith("readiness/verdict.drl");
                    assertThat(problem.line()).isPositive();
                }));
    }
}
