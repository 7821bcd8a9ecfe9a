package org.pathway.cli;

import java.nio.file.Path;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root of Pathway's command line: global options and the list of commands. */
@Command(name = "pathway", mixinStandardHelpOptions = true, version = "Pathway 0.1",
        description = "Competency frameworks, gap analysis and development planning for councils.",
        subcommands = {FrameworksCommand.class, FrameworkCommand.class, ValidateCommand.class})
class PathwayCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder holding frameworks/, roles/, activities/ (default: ${DEFAULT-VALUE}).")
    private Path datasets;

    PathwayCommand(@Value("${pathway.datasets}") Path defaultDatasets) {
        this.datasets = defaultDatasets;
    }

    /** Without a command, say what the commands are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path datasets() {
        return datasets;
    }

    FrameworkCatalogue catalogue() {
        return new FrameworkLoader().load(datasets);
    }
}
