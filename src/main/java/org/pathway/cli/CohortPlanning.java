package org.pathway.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.planning.cohort.CohortPlan;
import org.pathway.planning.cohort.CohortPlanner;
import org.pathway.planning.cohort.CohortReport;
import org.pathway.planning.cohort.CohortReports;
import org.pathway.workforce.EmployeeFindings;

/** Plans a cohort per framework of a workforce for the tna command, showing the best score so far on a terminal. */
final class CohortPlanning {

    private static final int HORIZON_WEEKS = 52;

    private final PathwayCommand pathway;
    private final PrintWriter progress;

    CohortPlanning(PathwayCommand pathway, PrintWriter progress) {
        this.pathway = pathway;
        this.progress = progress;
    }

    List<CohortReport> plan(List<EmployeeFindings> findings, LocalDate start, long budget, long seconds) {
        SolverFactory<CohortPlan> factory = CohortPlanner.solverFactory(Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.min(seconds, 5)));
        CohortPlanner planner = new CohortPlanner(pathway.activities(), pathway.roles());
        boolean terminal = System.console() != null;
        List<CohortReport> reports = new ArrayList<>();
        for (String frameworkId : findings.stream().map(EmployeeFindings::frameworkId).distinct().sorted().toList()) {
            CohortPlan problem = planner.problem(pathway.catalogue().get(frameworkId), findings, start, HORIZON_WEEKS,
                    budget);
            CohortPlan solved = planner.solve(problem, factory, score -> {
                if (terminal) {
                    progress.printf("\rcohort plan for %s, best so far: %s   ", frameworkId, score);
                    progress.flush();
                }
            });
            if (terminal) {
                progress.println();
            }
            reports.add(new CohortReports(factory).report(frameworkId, solved));
        }
        return reports;
    }
}
