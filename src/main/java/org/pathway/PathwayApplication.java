package org.pathway;

import org.pathway.cli.PathwayCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pathway: the web service, or the command-line tool when given a command. The command line does not start Spring;
 * both build the domain through the same composition root ({@link org.pathway.domain.Domain}).
 */
@SpringBootApplication
@EnableScheduling
public class PathwayApplication {

    public static void main(String[] args) {
        if (PathwayCli.isCommandLine(args)) {
            System.exit(PathwayCli.run(args));
        }
        SpringApplication.run(PathwayApplication.class, args);
    }
}
