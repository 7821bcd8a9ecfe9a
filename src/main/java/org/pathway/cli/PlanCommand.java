package org.pathway.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.individual.DevelopmentPlans;
import org.pathway.planning.individual.IndividualPlan;
import org.pathway.planning.individual.IndividualPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathway plan}: a dated development plan closing an employee's gaps for a role, within limits. */
@Command(name = "plan", description = "Plan development activities to close an employee's gaps for a target role,"
        + " within budget, weekly hours and horizon; with the projected readiness date.")
class PlanCommand implements Runnable {

    @ParentCommand
    private PathwayCommand pathway;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EmployeeOptions options;

    @Option(names = "--target", required = true, paramLabel = "ROLE", description = "Target role id (see 'roles').")
    private String target;

    @Option(names = "--budget", defaultValue = "2000", paramLabel = "GBP", description = "Budget in pounds (default: ${DEFAULT-VALUE}).")
    private long budget;

    @Option(names = "--hours-per-week", paramLabel = "H",
            description = "Development hours a week (default: 20% of contracted hours, one day in five).")
    private Double hoursPerWeek;

    @Option(names = "--horizon-weeks", defaultValue = "52", paramLabel = "N", description = "Plan horizon (default: ${DEFAULT-VALUE}).")
    private int horizonWeeks;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S",
            description = "Longest time to search (default: ${DEFAULT-VALUE}); stops sooner when the plan stops improving.")
    private long seconds;

    @Override
    public void run() {
        if (horizonWeeks < 1 || seconds < 1) {
            throw new ParameterException(spec.commandLine(), "expected --horizon-weeks >= 1 and --seconds >= 1");
        }
        Employee employee = pathway.employee(options.employeeFile);
        Framework framework = pathway.domain().frameworks().get(employee.frameworkId());
        String roleTitle = pathway.domain().roles().get(framework.id(), target).title();
        double hours = hoursPerWeek != null ? hoursPerWeek : PlanLimits.defaultHoursPerWeek(employee.contractedHours());
        Map<String, String> problems = PlanLimits.problems(String.valueOf(budget), String.valueOf(hours),
                employee.contractedHours());
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems.entrySet().stream()
                    .map(p -> (p.getKey().equals("budget") ? "--budget: " : "--hours-per-week: ") + p.getValue())
                    .toList()));
        }
        LocalDate start = options.asOf;
        SolverFactory<IndividualPlan> factory = IndividualPlanner.solverFactory(Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.min(seconds, 3)));
        IndividualPlanner planner = pathway.domain().individualPlanner();
        IndividualPlan problem = planner.problem(employee, target, start, new PlanLimits(budget, hours, horizonWeeks));
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        IndividualPlan solved = planner.solve(problem, factory, score -> {
            if (terminal) {
                err.printf("\rbest plan so far: %s   ", score);
                err.flush();
            }
        });
        if (terminal) {
            err.println();
        }
        DevelopmentPlan plan = new DevelopmentPlans(pathway.domain().engine(), factory).report(employee, framework, roleTitle, solved);
        PrintWriter out = spec.commandLine().getOut();
        if (options.format == OutputFormat.JSON) {
            out.println(Json.pretty(plan));
        } else {
            new DevelopmentPlanPrinter(out).print(plan);
        }
    }
}
