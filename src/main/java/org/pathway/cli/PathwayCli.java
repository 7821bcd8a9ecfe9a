package org.pathway.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Runs the picocli command line inside the Spring context when Pathway is started with a command. */
@Component
@Profile("cli")
class PathwayCli implements CommandLineRunner, ExitCodeGenerator {

    private final CommandLine.IFactory factory;
    private int exitCode;

    PathwayCli(SpringCommandFactory factory) {
        this.factory = factory;
    }

    @Override
    public void run(String... args) {
        exitCode = commandLine(factory).execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(PathwayCommand.class, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ReportedErrors());
    }
}
