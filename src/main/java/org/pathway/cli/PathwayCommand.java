package org.pathway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.rules.RuleCompiler;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceAnalyser;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root of Pathway's command line: global options and the list of commands. */
@Command(name = "pathway", mixinStandardHelpOptions = true, version = "Pathway 0.1",
        description = "Competency frameworks, gap analysis and development planning for councils.",
        subcommands = {FrameworksCommand.class, FrameworkCommand.class, RolesCommand.class, AnalyseCommand.class,
                PathsCommand.class, PlanCommand.class, TnaCommand.class, SuccessionCommand.class, GenerateCommand.class,
                GenerateActivitiesCommand.class,
                ValidateCommand.class})
class PathwayCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder holding frameworks/, roles/, workforce/ (default: ${DEFAULT-VALUE}).")
    private Path datasets;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of DRL rules (default: ${DEFAULT-VALUE}).")
    private Path rules;

    private static final int PROGRESS_FROM = 1000;

    private FrameworkCatalogue catalogue;
    private RoleCatalogue roles;
    private ReadinessEngine engine;
    private ActivityCatalogue activities;

    PathwayCommand(@Value("${pathway.datasets}") String defaultDatasets, @Value("${pathway.rules}") String defaultRules) {
        this.datasets = Path.of(defaultDatasets);
        this.rules = Path.of(defaultRules);
    }

    /** Without a command, say what the commands are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path datasets() {
        return datasets;
    }

    Path rulesFolder() {
        return rules;
    }

    FrameworkCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = new FrameworkLoader().load(datasets);
        }
        return catalogue;
    }

    RoleCatalogue roles() {
        if (roles == null) {
            roles = new RoleLoader().load(datasets, catalogue());
        }
        return roles;
    }

    ReadinessEngine engine() {
        if (engine == null) {
            engine = new ReadinessEngine(new RuleBaseHolder(rules, new RuleCompiler()), catalogue(), roles());
        }
        return engine;
    }

    ActivityCatalogue activities() {
        if (activities == null) {
            activities = new ActivityLoader().load(datasets, catalogue());
        }
        return activities;
    }

    ReadinessReports reports() {
        return new ReadinessReports(catalogue(), roles());
    }

    Employee employee(Path file) {
        return new EmployeeReader(catalogue(), roles()).read(file);
    }

    /** The workforce's findings, analysed on all cores; progress goes to {@code progress} for large workforces. */
    List<EmployeeFindings> findings(Path workforce, LocalDate asOf, PrintWriter progress) {
        List<Employee> employees = new EmployeeReader(catalogue(), roles()).readAll(workforce);
        WorkforceAnalyser analyser = new WorkforceAnalyser(engine(), roles(), Runtime.getRuntime().availableProcessors());
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
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--unit: " + e.getMessage());
        }
    }
}
