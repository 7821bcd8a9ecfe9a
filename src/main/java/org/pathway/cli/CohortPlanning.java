package org.pathway.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.pathway.planning.cohort.CohortReport;
import org.pathway.workforce.EmployeeFindings;

/** Plans a cohort per framework of a workforce for the tna command, showing the best score so far on a terminal. */
final class CohortPlanning {

    private final PathwayCommand pathway;
    private final PrintWriter progress;

    CohortPlanning(PathwayCommand pathway, PrintWriter progress) {
        this.pathway = pathway;
        this.progress = progress;
    }

    List<CohortReport> plan(List<EmployeeFindings> findings, LocalDate start, long budget, long seconds) {
        boolean terminal = System.console() != null;
        String[] shown = {null};
        List<CohortReport> reports = pathway.domain().cohortPlans()
                .plan(findings, start, budget, Duration.ofSeconds(seconds), (frameworkId, score) -> {
                    if (terminal) {
                        if (shown[0] != null && !shown[0].equals(frameworkId)) {
                            progress.println();
                        }
                        shown[0] = frameworkId;
                        progress.printf("\rcohort plan for %s, best so far: %s   ", frameworkId, score);
                        progress.flush();
                    }
                });
        if (terminal && shown[0] != null) {
            progress.println();
        }
        return reports;
    }
}
