package org.pathway.planning.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.workforce.EmployeeFindings;

/**
 * Plans a workforce's cohort within one budget: one plan per framework present (each framework has its own
 * activities), the budget shared between them, each searched within the same time limit.
 */
public final class CohortPlans {

    /** How far ahead sessions are offered. */
    public static final int HORIZON_WEEKS = 52;

    private final FrameworkCatalogue frameworks;
    private final CohortPlanner planner;

    public CohortPlans(FrameworkCatalogue frameworks, ActivityCatalogue activities, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.planner = new CohortPlanner(activities, roles);
    }

    /**
     * One report per framework of {@code findings}, in framework id order, all within the one {@code budget}: each
     * framework's share is in proportion to the value of its needs that some session can close, and what a plan
     * leaves unspent passes to the frameworks after it, so the plans' costs together never exceed the budget.
     * {@code progress} hears each framework's best score so far.
     */
    public List<CohortReport> plan(List<EmployeeFindings> findings, LocalDate start, long budget, Duration limit,
            BiConsumer<String, HardMediumSoftLongScore> progress) {
        SolverFactory<CohortPlan> factory = CohortPlanner.solverFactory(limit,
                limit.compareTo(Duration.ofSeconds(5)) < 0 ? limit : Duration.ofSeconds(5));
        Map<String, Long> value = new LinkedHashMap<>();
        for (String frameworkId : findings.stream().map(EmployeeFindings::frameworkId).distinct().sorted().toList()) {
            value.put(frameworkId, planner.problem(frameworks.get(frameworkId), findings, start, HORIZON_WEEKS, budget)
                    .getNeeds().stream().filter(n -> !n.getOptions().isEmpty()).mapToLong(Need::getValue).sum());
        }
        List<CohortReport> reports = new ArrayList<>();
        long left = budget;
        long valueLeft = value.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> framework : value.entrySet()) {
            // the remaining budget in proportion to the remaining value: the last framework gets all that is left
            long share = valueLeft == 0 ? 0 : Math.round((double) left * framework.getValue() / valueLeft);
            valueLeft -= framework.getValue();
            CohortPlan problem = planner.problem(frameworks.get(framework.getKey()), findings, start, HORIZON_WEEKS,
                    share);
            CohortPlan solved = planner.solve(problem, factory, score -> progress.accept(framework.getKey(), score));
            CohortReport report = new CohortReports(factory).report(framework.getKey(), solved);
            reports.add(report);
            left = Math.max(0, left - report.cost());
        }
        return reports;
    }
}
