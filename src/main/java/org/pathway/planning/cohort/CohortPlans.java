package org.pathway.planning.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.workforce.EmployeeFindings;

/** Plans a workforce's cohort, one plan per framework present, each within the same budget and time limit. */
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
     * One report per framework of {@code findings}, in framework id order; {@code progress} hears each framework's
     * best score so far.
     */
    public List<CohortReport> plan(List<EmployeeFindings> findings, LocalDate start, long budget, Duration limit,
            BiConsumer<String, HardMediumSoftLongScore> progress) {
        SolverFactory<CohortPlan> factory = CohortPlanner.solverFactory(limit,
                limit.compareTo(Duration.ofSeconds(5)) < 0 ? limit : Duration.ofSeconds(5));
        List<CohortReport> reports = new ArrayList<>();
        for (String frameworkId : findings.stream().map(EmployeeFindings::frameworkId).distinct().sorted().toList()) {
            CohortPlan problem = planner.problem(frameworks.get(frameworkId), findings, start, HORIZON_WEEKS, budget);
            CohortPlan solved = planner.solve(problem, factory, score -> progress.accept(frameworkId, score));
            reports.add(new CohortReports(factory).report(frameworkId, solved));
        }
        return reports;
    }
}
