package org.pathway.planning;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pathway.TestCatalogues;
import org.pathway.activity.ActivityLoader;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.cohort.CohortPlan;
import org.pathway.planning.cohort.CohortPlanner;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleCompiler;
import org.pathway.synthetic.WorkforceGenerator;
import org.pathway.workforce.AnalysisThreads;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.WorkforceAnalyser;

/**
 * Cohort plans of generated councils for the planning benchmarks: a council of {@code size} generated employees of a
 * seed framework, judged by the rules as the service judges them, then planned over 52 weeks from {@code START}.
 */
public final class GeneratedCohorts {

    public static final LocalDate START = LocalDate.of(2026, 11, 30);

    private final FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
    private final RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
    private final CohortPlanner planner = new CohortPlanner(new ActivityLoader().load(Path.of("datasets"), frameworks),
            roles);
    private final ReadinessEngine engine;

    public GeneratedCohorts() {
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        this.engine = new ReadinessEngine(() -> rules, frameworks, roles);
    }

    public CohortPlanner planner() {
        return planner;
    }

    private Framework framework(String frameworkId) {
        return frameworks.get(frameworkId);
    }

    /** The findings of a generated council of {@code size} employees of the framework. */
    public List<EmployeeFindings> findings(String frameworkId, int size) {
        return new WorkforceAnalyser(engine, roles,
                new AnalysisThreads(Runtime.getRuntime().availableProcessors()).executor())
                .analyse(new WorkforceGenerator(framework(frameworkId), roles.rolesOf(frameworkId))
                        .generate(size, 2026, START), START, WorkforceAnalyser.Progress.NONE);
    }

    /** The cohort plan of those findings over 52 weeks with {@code budget} pounds. */
    public CohortPlan problem(String frameworkId, List<EmployeeFindings> findings, long budget) {
        return planner.problem(framework(frameworkId), findings, START, 52, budget);
    }
}
