package org.pathway.analysis;

import java.time.LocalDate;
import java.util.List;
import org.pathway.analysis.ReadinessReport.Named;
import org.pathway.analysis.ReadinessReport.Person;

/** An employee's promotion paths up the ladder, best first, and the explained readiness for every role on them. */
public record PathsReport(Person employee, Named framework, Named currentRole, LocalDate asOf, List<Path> paths,
        List<ReadinessReport> roles) {

    /** These paths with each role's {@link ReadinessReport#summary()}. */
    public PathsReport summary() {
        return new PathsReport(employee, framework, currentRole, asOf, paths,
                roles.stream().map(ReadinessReport::summary).toList());
    }

    /** One path: its rungs above the current role, each with its readiness, ranked by the final rung's. */
    public record Path(List<Rung> rungs, Verdict verdict, int score, String rule) {
    }

    public record Rung(String roleId, String title, Verdict verdict, int score) {
    }
}
