package org.pathway.web.readiness;

import org.pathway.analysis.PathsReport;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import java.time.Clock;
import java.time.LocalDate;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.springframework.format.annotation.DateTimeFormat;
import org.pathway.web.ViewsEmployeeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An employee's readiness for a role and their promotion paths, explained, over the API. */
@RestController
@RequestMapping("/api/employees/{employeeId}")
class ReadinessController {

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final Clock clock;

    ReadinessController(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/readiness")
    @ViewsEmployeeRecord
    ReadinessReport readiness(@PathVariable String employeeId, @RequestParam String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Employee employee = ledger.employee(employeeId);
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        return reports.report(employee, engine.explain(employee, target, on), target);
    }

    @GetMapping("/paths")
    @ViewsEmployeeRecord
    PathsReport paths(@PathVariable String employeeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Employee employee = ledger.employee(employeeId);
        return reports.paths(employee, engine.paths(employee, asOf == null ? LocalDate.now(clock) : asOf));
    }
}
