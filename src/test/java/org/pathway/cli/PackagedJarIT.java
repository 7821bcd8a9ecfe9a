package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run as a user runs it: Drools compiles the rules inside Spring Boot's nested jar, which no test
 * on the build's class path can show. Runs in {@code verify}, after {@code package}.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "pathway.jar");

    private record Run(int exitCode, String output) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void thePackagedJarValidatesTheDatasetsAndCompilesTheRules() throws Exception {
        Run run = java("validate");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("5 frameworks", "rule files compiled");
    }

    @Test
    void thePackagedJarRunsAGapAnalysis() throws Exception {
        Run run = java("analyse", "--employee", "datasets/workforce/ashfield-mansfield/am-ready-now.json",
                "--target", "service-manager", "--as-of", "2026-11-01");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("VERDICT: READY NOW");
    }
}
