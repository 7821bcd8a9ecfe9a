package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathway.PathwayApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application started with a command runs it without starting Spring, and exits with the command's code. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineApplicationTest {

    @Test
    void aCommandRunsAndItsOutputIsPrinted(CapturedOutput output) {
        assertThat(PathwayCli.run("roles", "--framework", "chief-officers-appendix-2")).isZero();
        assertThat(output.getOut()).contains("head-of-service", "service-director", "chief-executive");
    }

    @Test
    void aFailingCommandsExitCodeIsTheApplicationsExitCode(CapturedOutput output) {
        assertThat(PathwayCli.run("framework", "show", "nowhere")).isEqualTo(1);
        assertThat(output.getErr()).contains("unknown framework 'nowhere'");
    }

    @Test
    void theCommandLineNeverLoadsSpringsApplicationContext() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(javaCommand("-verbose:class", PathwayApplication.class.getName(), "frameworks"))
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).isZero();
        assertThat(output).contains("ashfield-mansfield", "slough-leadership")
                .doesNotContain("org.springframework.context.ApplicationContext ")
                .doesNotContain("org.springframework.boot.SpringApplication ");
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return command;
    }
}
