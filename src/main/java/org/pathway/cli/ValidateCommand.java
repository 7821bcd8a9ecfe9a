package org.pathway.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.FrameworkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway validate}: checks every dataset file and lists all problems; exits 1 if there are any. */
@Command(name = "validate", description = "Check the datasets against the schema and the model's rules; list every problem.")
class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        FrameworkLoader.Reading reading = new FrameworkLoader().read(pathway.datasets());
        List<DatasetProblem> problems = reading.problems();
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.printf("%d %s in %s%n", problems.size(), problems.size() == 1 ? "problem" : "problems", pathway.datasets());
            return ReportedErrors.USER_ERROR;
        }
        spec.commandLine().getOut().printf("%s: %d frameworks valid%n", pathway.datasets(), reading.frameworks().size());
        return 0;
    }
}
