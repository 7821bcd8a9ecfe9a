package org.pathway;

import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pathway: one Spring Boot application that is both the command-line tool (when given a command) and the web service.
 */
@SpringBootApplication
public class PathwayApplication {

    private static final Set<String> CLI_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(PathwayApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .profiles("cli")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(PathwayApplication.class, args);
    }

    /** A first argument that is a command (not a Spring "--property=value") selects the CLI. */
    static boolean isCommandLine(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || CLI_OPTIONS.contains(args[0]));
    }
}
