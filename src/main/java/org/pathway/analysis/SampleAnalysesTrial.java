package org.pathway.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.ScaleKind;
import org.pathway.people.Employee;
import org.pathway.policy.PolicyFile;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleBaseTrial;
import org.pathway.rules.RuleProblem;

/**
 * The trial new rules must pass before they are used: each sample employee is analysed against every role of their
 * framework, with their promotion paths. Rules that compile but fail when run (a consequence that throws, a fact
 * missing) are refused, naming the employee and the rule; so is a policy naming as a ladder of tiers a framework that
 * is not one of the role-tier frameworks in use.
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
        List<RuleProblem> problems = new ArrayList<>(unknownLadders(candidate));
        if (!problems.isEmpty()) {
            return problems;
        }
        ReadinessEngine engine = new ReadinessEngine(() -> candidate, frameworks, roles);
        LocalDate asOf = today.get();
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

    /** Each framework the policy says has tiers forming a ladder that is not a role-tier framework in use. */
    private List<RuleProblem> unknownLadders(RuleBase candidate) {
        List<String> roleTiers = frameworks.all().stream()
                .filter(f -> f.scale().kind() == ScaleKind.ROLE_TIER).map(Framework::id).sorted().toList();
        String policy = candidate.sources().pathOf(PolicyFile.IN_RULES);
        return candidate.policy().tierLadders().stream().sorted().filter(id -> !roleTiers.contains(id))
                .map(id -> new RuleProblem(policy, 0, "at /tierLadders: expected the id of a framework with role"
                        + " tiers (" + String.join(", ", roleTiers) + "), found '" + id + "'"))
                .toList();
    }

    private static String shortened(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE) + "...";
    }
}
