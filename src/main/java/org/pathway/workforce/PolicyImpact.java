package org.pathway.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.Verdict;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.rules.RuleBase;

/**
 * What publishing a proposed policy and rules version would change: the workforce judged under the version in force
 * and under the proposal, for each person's current role and every role above it (as the workforce views judge them),
 * and every verdict that differs, counted by transition ("READY_IN_1_2_YEARS -> READY_NOW"), by service and by role,
 * with the person and the verdict rule behind it under each version.
 */
public final class PolicyImpact {

    /** One verdict that would change, and the rules that gave each. */
    public record Change(String employeeId, String name, String unit, String frameworkId, String roleId, String role,
            Verdict before, int scoreBefore, String ruleBefore, Verdict after, int scoreAfter, String ruleAfter) {

        public String transition() {
            return before + " -> " + after;
        }
    }

    /**
     * The impact: the versions compared, the date, how many people and verdicts were judged, the changes counted by
     * transition, by service then transition and by role then transition, and each change (people, for those who may
     * see them).
     */
    public record Report(String current, String proposed, LocalDate asOf, int employees, int verdicts,
            Map<String, Integer> transitions, Map<String, Map<String, Integer>> byUnit,
            Map<String, Map<String, Integer>> byRole, List<Change> changes) {

        /** The same report without the people: counts only. */
        public Report withoutPeople() {
            return new Report(current, proposed, asOf, employees, verdicts, transitions, byUnit, byRole, List.of());
        }
    }

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final Executor threads;

    public PolicyImpact(FrameworkCatalogue frameworks, RoleCatalogue roles, Executor threads) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.threads = threads;
    }

    /**
     * {@code employees} judged under {@code proposed} against {@code before}, their findings under the version in force
     * (the service reads those from its findings read model, so only the proposal's verdicts are worked out here).
     */
    public Report preview(List<EmployeeFindings> before, List<Employee> employees, RuleBase proposed,
            LocalDate asOf) {
        ReadinessEngine engine = new ReadinessEngine(() -> proposed, frameworks, roles);
        List<EmployeeFindings> after = new WorkforceAnalyser(engine, roles, threads)
                .analyse(employees, asOf, WorkforceAnalyser.Progress.NONE);
        return compare(before, after, EmployeeFindings.versionsOf(before), proposed.version(), asOf);
    }

    /**
     * The verdicts that differ between two judgements of the same people: those of {@code after} found in
     * {@code before} (someone erased while the proposal was judged is left out).
     */
    Report compare(List<EmployeeFindings> before, List<EmployeeFindings> after, String current, String proposed,
            LocalDate asOf) {
        Map<String, EmployeeFindings> was = new HashMap<>();
        before.forEach(findings -> was.put(findings.employeeId(), findings));
        List<Change> all = new ArrayList<>();
        int employees = 0;
        int verdicts = 0;
        for (EmployeeFindings now : after) {
            EmployeeFindings then = was.get(now.employeeId());
            if (then == null) {
                continue; // erased while the proposal was judged
            }
            employees++;
            verdicts += now.roles().size();
            for (EmployeeFindings.RoleFinding role : now.roles()) {
                then.finding(role.roleId()).filter(old -> old.verdict() != role.verdict())
                        .ifPresent(old -> all.add(change(now, old, role)));
            }
        }
        all.sort(Comparator.comparing(Change::transition).thenComparing(Change::unit)
                .thenComparing(Change::employeeId).thenComparing(Change::roleId));
        Map<String, Integer> transitions = new TreeMap<>();
        Map<String, Map<String, Integer>> byUnit = new TreeMap<>();
        Map<String, Map<String, Integer>> byRole = new TreeMap<>();
        for (Change change : all) {
            transitions.merge(change.transition(), 1, Integer::sum);
            byUnit.computeIfAbsent(change.unit(), u -> new TreeMap<>()).merge(change.transition(), 1, Integer::sum);
            byRole.computeIfAbsent(change.role() + " (" + change.frameworkId() + ")", r -> new TreeMap<>())
                    .merge(change.transition(), 1, Integer::sum);
        }
        return new Report(current, proposed, asOf, employees, verdicts, transitions, byUnit, byRole,
                List.copyOf(all));
    }

    private Change change(EmployeeFindings employee, EmployeeFindings.RoleFinding before,
            EmployeeFindings.RoleFinding after) {
        String title = roles.find(employee.frameworkId(), after.roleId()).map(RoleProfile::title)
                .orElse(after.roleId());
        return new Change(employee.employeeId(), employee.name(), UnitLevel.SERVICE.nameOf(employee.unit()),
                employee.frameworkId(), after.roleId(), title, before.verdict(), before.score(), before.rule(),
                after.verdict(), after.score(), after.rule());
    }
}
