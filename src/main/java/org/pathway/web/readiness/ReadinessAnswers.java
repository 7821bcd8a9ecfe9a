package org.pathway.web.readiness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.workforce.WorkforceFindings;
import org.springframework.stereotype.Component;

/**
 * Readiness reports as the API gives them, kept for as long as nothing they rest on changes: an answer for today is
 * keyed by what the findings read model keys the employee's findings by (their evidence and record as changed so far,
 * the rules in use, the day), so a change of evidence, rules or day makes a new key and the next request works the
 * report out again. A report for another day is worked out each time. Unknown employees and roles are not kept.
 */
@Component
class ReadinessAnswers {

    /** The most reports kept; a full report is about 20-35 KB, a summary a third of that. */
    private static final int KEPT = 4_000;

    private record Question(WorkforceFindings.Key findings, String roleId, boolean full) {
    }

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final WorkforceFindings findings;
    private final Clock clock;
    private final Cache<Question, ReadinessReport> answers = Caffeine.newBuilder().maximumSize(KEPT).build();

    ReadinessAnswers(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports,
            WorkforceFindings findings, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.findings = findings;
        this.clock = clock;
    }

    ReadinessReport readiness(String employeeId, String roleId, LocalDate asOf, boolean full) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && !asOf.equals(today)) {
            return workedOut(employeeId, roleId, asOf, full);
        }
        return findings.key(employeeId)
                .map(key -> answers.get(new Question(key, roleId, full),
                        question -> workedOut(employeeId, roleId, key.asOf(), full)))
                .orElseGet(() -> workedOut(employeeId, roleId, today, full));
    }

    private ReadinessReport workedOut(String employeeId, String roleId, LocalDate asOf, boolean full) {
        Employee employee = ledger.employee(employeeId);
        ReadinessReport report = reports.report(employee, engine.explain(employee, roleId, asOf), roleId);
        return full ? report : report.summary();
    }
}
