package org.pathway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pathway.activity.ActivityLoader;
import org.pathway.crosswalk.CrosswalkLoader;
import org.pathway.dataset.DatasetProblem;
import org.pathway.people.EmployeeReader;
import org.pathway.people.WorkforceFiles;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompilationException;
import org.pathway.rules.RuleCompiler;
import org.pathway.rules.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathway validate}: checks frameworks, role profiles and employee files against their schemas and the model,
 * and compiles the rules; lists every problem and exits 1 if there are any.
 */
@Command(name = "validate", description = "Check datasets (frameworks, roles, workforce) and compile the rules;"
        + " list every problem.")
class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path datasets = pathway.domain().properties().datasets();
        FrameworkLoader.Reading reading = new FrameworkLoader().read(datasets);
        List<String> problems = new ArrayList<>(reading.problems().stream().map(DatasetProblem::toString).toList());
        FrameworkCatalogue frameworks = new FrameworkCatalogue(reading.frameworks());

        List<DatasetProblem> roleProblems = new ArrayList<>();
        RoleCatalogue roles = new RoleLoader().read(datasets, frameworks, roleProblems);
        roleProblems.forEach(p -> problems.add(p.toString()));

        List<DatasetProblem> activityProblems = new ArrayList<>();
        int activities = new ActivityLoader().read(datasets, frameworks, activityProblems).size();
        activityProblems.forEach(p -> problems.add(p.toString()));

        List<DatasetProblem> crosswalkProblems = new ArrayList<>();
        int crosswalks = new CrosswalkLoader().read(datasets, frameworks, crosswalkProblems).all().size();
        crosswalkProblems.forEach(p -> problems.add(p.toString()));

        Path workforce = datasets.resolve("workforce");
        List<DatasetProblem> employeeProblems = new ArrayList<>();
        int employees = WorkforceFiles.under(workforce).isEmpty() ? 0
                : new EmployeeReader(frameworks, roles).readAll(workforce, employeeProblems).size();
        employeeProblems.forEach(p -> problems.add(p.toString()));

        int ruleFiles = 0;
        try {
            RuleBase rules = new RuleCompiler().compile(RuleSources.read(pathway.domain().properties().rules(),
                    pathway.domain().properties().policy()));
            ruleFiles = rules.files().size();
            if (problems.isEmpty()) {
                // rules that compile must also run: on the sample employees, as the service tries them
                pathway.domain().sampleAnalyses().run(rules).forEach(p -> problems.add(p.toString()));
            }
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
        }

        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.printf("%d %s in %s and %s%n", problems.size(), problems.size() == 1 ? "problem" : "problems", datasets,
                    pathway.domain().properties().rules());
            return ReportedErrors.USER_ERROR;
        }
        spec.commandLine().getOut().printf("%s: %d frameworks, %d role profiles, %d activities, %d crosswalks, %d employees"
                        + " valid%n"
                        + "%s: %d rule files compiled and run on the sample employees%n", datasets, reading.frameworks().size(),
                frameworks.all().stream().mapToInt(f -> roles.rolesOf(f.id()).size()).sum(), activities, crosswalks, employees,
                pathway.domain().properties().rules(), ruleFiles);
        return 0;
    }
}
