package org.pathway.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.Readiness;
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

    public Report preview(List<Employee> employees, RuleBase current, RuleBase proposed, LocalDate asOf) {
        ReadinessEngine before = new ReadinessEngine(() -> current, frameworks, roles);
        ReadinessEngine after = new ReadinessEngine(() -> proposed, frameworks, roles);
        List<List<Change>> changes;
        try {
            changes = WorkforceAnalyser.inBatches(employees, employee -> changes(employee, before, after, asOf),
                    threads, WorkforceAnalyser.Progress.NONE).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        int verdicts = employees.stream().mapToInt(e -> WorkforceAnalyser.currentAndAbove(roles, e).size()).sum();
        List<Change> all = changes.stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Change::transition).thenComparing(Change::unit)
                        .thenComparing(Change::employeeId).thenComparing(Change::roleId))
                .toList();
        Map<String, Integer> transitions = new TreeMap<>();
        Map<String, Map<String, Integer>> byUnit = new TreeMap<>();
        Map<String, Map<String, Integer>> byRole = new TreeMap<>();
        for (Change change : all) {
            transitions.merge(change.transition(), 1, Integer::sum);
            byUnit.computeIfAbsent(change.unit(), u -> new TreeMap<>()).merge(change.transition(), 1, Integer::sum);
            byRole.computeIfAbsent(change.role() + " (" + change.frameworkId() + ")", r -> new TreeMap<>())
                    .merge(change.transition(), 1, Integer::sum);
        }
        return new Report(current.version(), proposed.version(), asOf, employees.size(), verdicts, transitions,
                byUnit, byRole, all);
    }

    private List<Change> changes(Employee employee, ReadinessEngine current, ReadinessEngine proposed,
            LocalDate asOf) {
        List<RoleProfile> targets = WorkforceAnalyser.currentAndAbove(roles, employee);
        Analysis was = current.analyse(employee, targets, asOf);
        Analysis now = proposed.analyse(employee, targets, asOf);
        List<Change> changes = new ArrayList<>();
        for (RoleProfile role : targets) {
            Readiness before = was.readinessFor(role.id()).orElseThrow();
            Readiness after = now.readinessFor(role.id()).orElseThrow();
            if (before.verdict() != after.verdict()) {
                changes.add(new Change(employee.id(), employee.name(), UnitLevel.SERVICE.nameOf(employee.unit()),
                        employee.frameworkId(), role.id(), role.title(), before.verdict(), before.score(),
                        before.rule(), after.verdict(), after.score(), after.rule()));
            }
        }
        return changes;
    }
}
