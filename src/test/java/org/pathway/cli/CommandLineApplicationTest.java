package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathway.PathwayApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The packaged application started with a command runs it in the Spring context and exits with its code. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineApplicationTest {

    private static int run(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PathwayApplication.class)
                .web(WebApplicationType.NONE).profiles("cli").run(args);
        return SpringApplication.exit(context);
    }

    @Test
    void aCommandRunsInTheApplicationContext(CapturedOutput output) {
        assertThat(run("roles", "--framework", "chief-officers-appendix-2")).isZero();
        assertThat(output.getOut()).contains("head-of-service", "service-director", "chief-executive");
    }

    @Test
    void aFailingCommandsExitCodeIsTheApplicationsExitCode(CapturedOutput output) {
        assertThat(run("framework", "show", "nowhere")).isEqualTo(1);
        assertThat(output.getErr()).contains("unknown framework 'nowhere'");
    }
}
