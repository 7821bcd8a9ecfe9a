package org.pathway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pathway.dataset.JsonDocuments;
import org.pathway.people.Employee;
import org.pathway.policy.PolicyFile;
import org.pathway.rules.PolicyComparison;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompilationException;
import org.pathway.rules.RuleProblem;
import org.pathway.rules.RuleSources;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.PolicyImpact;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceAnalyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathway policy preview --policy FILE [--rules DIR]}: the workforce judged under the rules in use (the
 * {@code pathway --rules} folder) and under the proposal (the folder given here, or the same, with the policy file
 * given), and every verdict that would change: counted by transition, by service and by role, and each person with the
 * rule behind the change. A proposal that does not compile or run is refused with its problems, exit 1.
 */
@Command(name = "preview", description = "What a proposed policy (and rules) would change: verdict transitions by"
        + " service and role, and the people affected with the rule behind each change.")
class PolicyPreviewCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyCommand policyCommand;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkforceOptions options;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The proposed policy file (JSON).")
    private Path policy;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The proposed rules folder (default: the rules in use, pathway --rules).")
    private Path rules;

    @Override
    public Integer call() {
        PathwayCommand pathway = policyCommand.pathway;
        PrintWriter err = spec.commandLine().getErr();
        String policyText;
        try {
            policyText = Files.readString(policy);
        } catch (IOException e) {
            err.println("pathway: " + JsonDocuments.displayName(policy) + ": cannot read the proposed policy file ("
                    + e.getMessage() + ")");
            return ReportedErrors.USER_ERROR;
        }
        RuleBase current = pathway.domain().ruleBase().get();
        RuleSources proposal = RuleSources.read(rules == null ? pathway.domain().properties().rules() : rules)
                .withPolicy(policyText);
        RuleBase proposed;
        try {
            proposed = pathway.domain().ruleBase().tryOut(proposal);
            // rules that compile must also run: on the sample employees, as the service tries them
            List<RuleProblem> failures = pathway.domain().sampleAnalyses().run(proposed);
            if (!failures.isEmpty()) {
                throw new RuleCompilationException(failures);
            }
        } catch (RuleCompilationException e) {
            String policyName = proposal.pathOf(PolicyFile.IN_RULES);
            for (RuleProblem problem : e.problems()) {
                err.println(problem.file().equals(policyName) ? new RuleProblem(JsonDocuments.displayName(policy),
                        problem.line(), problem.message()) : problem);
            }
            return ReportedErrors.USER_ERROR;
        }
        UnitScope scope = pathway.unitScope(options.unit);
        List<Employee> employees = pathway.domain().employeeFiles().readAll(options.workforce).stream()
                .filter(e -> scope.contains(e.unit())).toList();
        List<EmployeeFindings> before = pathway.domain().workforceAnalyser().analyse(employees, options.asOf,
                WorkforceAnalyser.Progress.NONE);
        PolicyImpact.Report impact = pathway.domain().policyImpact().preview(before, employees, proposed,
                options.asOf);
        PolicyComparison changes = PolicyComparison.of("in use", current.sources(), "proposed", proposal);
        PrintWriter out = spec.commandLine().getOut();
        switch (options.format) {
            case JSON -> out.println(Json.pretty(new Preview(changes, impact)));
            case TEXT, CSV -> text(out, changes, impact);
        }
        return 0;
    }

    /** What the JSON output holds. */
    record Preview(PolicyComparison changes, PolicyImpact.Report impact) {
    }

    private void text(PrintWriter out, PolicyComparison changes, PolicyImpact.Report impact) {
        out.printf("Policy preview: version %s in use -> %s proposed; %d people, %d verdicts as of %s%n",
                impact.current(), impact.proposed(), impact.employees(), impact.verdicts(), impact.asOf());
        out.println(changes.values().isEmpty() ? "No value changed." : "Values changed:");
        changes.values().forEach(v -> out.printf("  %s (%s): %s -> %s%n", v.label(), v.pointer(), v.before(),
                v.after()));
        changes.files().stream().filter(f -> !f.file().equals(PolicyFile.IN_RULES))
                .forEach(f -> out.printf("Rule file changed: %s (%d diff lines)%n", f.file(), f.diff().size()));
        out.printf("%d verdicts would change%s%n", impact.changes().size(), impact.changes().isEmpty() ? "." : ":");
        impact.transitions().forEach((transition, count) -> out.printf("  %6d  %s%n", count, transition));
        counts(out, "By service", impact.byUnit());
        counts(out, "By role", impact.byRole());
        if (!impact.changes().isEmpty()) {
            out.printf("People (first %d of %d):%n", Math.min(options.top, impact.changes().size()),
                    impact.changes().size());
            impact.changes().stream().limit(options.top).forEach(c -> out.printf(
                    "  %-16s %-24s %-28s %s (%d) -> %s (%d): \"%s\"%n", c.employeeId(), c.name(), c.role(),
                    c.before(), c.scoreBefore(), c.after(), c.scoreAfter(), c.ruleAfter()));
        }
    }

    private static void counts(PrintWriter out, String title, Map<String, Map<String, Integer>> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.forEach((key, transitions) -> transitions.forEach((transition, count) -> out.printf(
                "  %-40s %6d  %s%n", key, count, transition)));
    }
}
