package org.pathway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pathway.domain.Domain;
import org.pathway.domain.PathwayProperties;
import org.pathway.people.Employee;
import org.pathway.problem.InvalidRequestException;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceAnalyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The root of Pathway's command line: where the datasets and rules are, and the list of commands. Commands reach the
 * frameworks, rules and planners through {@link #domain()}, the same composition root the service uses.
 */
@Command(name = "pathway", mixinStandardHelpOptions = true, versionProvider = PathwayVersion.class,
        description = "Competency frameworks, gap analysis and development planning for councils.",
        subcommands = {FrameworksCommand.class, FrameworkCommand.class, RolesCommand.class, AnalyseCommand.class,
                PathsCommand.class, PlanCommand.class, TnaCommand.class, SuccessionCommand.class, EqualityCommand.class,
                GenerateCommand.class, GenerateActivitiesCommand.class, ValidateCommand.class, PolicyCommand.class,
                CrosswalkCommand.class, MergeSimulateCommand.class})
class PathwayCommand implements Runnable {

    private static final int PROGRESS_FROM = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR", defaultValue = PathwayProperties.DEFAULT_DATASETS,
            description = "Folder holding frameworks/, roles/, activities/, workforce/ (default: ${DEFAULT-VALUE}).")
    private Path datasets;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = PathwayProperties.DEFAULT_RULES,
            description = "Folder of DRL rules (default: ${DEFAULT-VALUE}).")
    private Path rules;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The policy values file (default: policy/policy.json in the rules folder).")
    private Path policy;

    private Domain domain;

    /** Without a command, say what the commands are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Frameworks, roles, activities, rules and planners from the folders given, each built when first used. */
    Domain domain() {
        if (domain == null) {
            domain = Domain.forCommand(new PathwayProperties(datasets, rules, false, policy));
        }
        return domain;
    }

    /** The datasets folder given, where {@code framework import} writes. */
    Path datasetsFolder() {
        return datasets;
    }

    Employee employee(Path file) {
        return domain().employeeFiles().read(file);
    }

    /** The workforce's findings, analysed on all cores; progress goes to {@code progress} for large workforces. */
    List<EmployeeFindings> findings(Path workforce, LocalDate asOf, PrintWriter progress) {
        return findings(domain().employeeFiles().readAll(workforce), asOf, progress);
    }

    /** These employees' findings, analysed on all cores; progress goes to {@code progress} for large workforces. */
    List<EmployeeFindings> findings(List<Employee> employees, LocalDate asOf, PrintWriter progress) {
        WorkforceAnalyser analyser = domain().workforceAnalyser();
        WorkforceAnalyser.Progress report = employees.size() < PROGRESS_FROM ? WorkforceAnalyser.Progress.NONE
                : (done, total) -> {
                    synchronized (progress) {
                        progress.printf("\ranalysed %d of %d employees%s", done, total, done == total ? "\n" : "");
                        progress.flush();
                    }
                };
        List<EmployeeFindings> findings = analyser.analyse(employees, asOf, report);
        progress.flush();
        return findings;
    }

    UnitScope unitScope(String unit) {
        try {
            return UnitScope.parse(unit);
        } catch (InvalidRequestException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
