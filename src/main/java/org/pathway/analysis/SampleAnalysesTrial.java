package org.pathway.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleBaseTrial;
import org.pathway.rules.RuleProblem;

/**
 * The trial new rules must pass before they are used: each sample employee is analysed against every role of their
 * framework, with their promotion paths. Rules that compile but fail when run (a consequence that throws, a fact
 * missing) are refused, naming the employee and the rule.
 */
public final class SampleAnalysesTrial implements RuleBaseTrial {

    private static final int LISTED = 5;
    private static final int LONGEST_MESSAGE = 300;

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final Supplier<List<Employee>> samples;
    private final Supplier<LocalDate> today;
    private final String folder;

    public SampleAnalysesTrial(FrameworkCatalogue frameworks, RoleCatalogue roles, Supplier<List<Employee>> samples,
            Supplier<LocalDate> today, String folder) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.samples = samples;
        this.today = today;
        this.folder = folder;
    }

    @Override
    public List<RuleProblem> run(RuleBase candidate) {
        ReadinessEngine engine = new ReadinessEngine(() -> candidate, frameworks, roles);
        LocalDate asOf = today.get();
        List<RuleProblem> problems = new ArrayList<>();
        for (Employee employee : samples.get()) {
            try {
                engine.analyse(employee, roles.rolesOf(employee.frameworkId()), asOf);
                engine.paths(employee, asOf);
            } catch (RuntimeException e) {
                problems.add(new RuleProblem(folder, 0, "the rules compile but fail when run on sample employee "
                        + employee.id() + ": " + shortened(e)));
                if (problems.size() == LISTED) {
                    break;
                }
            }
        }
        return problems;
    }

    private static String shortened(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE) + "...";
    }
}
