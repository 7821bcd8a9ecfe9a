package org.pathway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code pathway policy}: the readiness policy's commands. */
@Command(name = "policy", description = "The readiness policy: see what a proposed policy would change.",
        subcommands = PolicyPreviewCommand.class)
class PolicyCommand {

    @ParentCommand
    PathwayCommand pathway;
}
