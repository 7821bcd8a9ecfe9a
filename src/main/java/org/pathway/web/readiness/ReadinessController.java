package org.pathway.web.readiness;

import org.pathway.analysis.PathsReport;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.Quotes;
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

    private static final String SUMMARY = "summary";
    private static final String FULL = "full";

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final ReadinessAnswers answers;
    private final Clock clock;

    ReadinessController(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports,
            ReadinessAnswers answers, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.answers = answers;
        this.clock = clock;
    }

    @GetMapping("/readiness")
    @ViewsEmployeeRecord
    ReadinessReport readiness(@PathVariable String employeeId, @RequestParam String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = SUMMARY) String detail) {
        return answers.readiness(employeeId, target, asOf, full(detail));
    }

    @GetMapping("/paths")
    @ViewsEmployeeRecord
    PathsReport paths(@PathVariable String employeeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = SUMMARY) String detail) {
        Employee employee = ledger.employee(employeeId);
        PathsReport paths = reports.paths(employee, engine.paths(employee, asOf == null ? LocalDate.now(clock) : asOf));
        return full(detail) ? paths : paths.summary();
    }

    /**
     * Whether the answer carries the full explanation ({@code detail=full}: evidence examples, behaviour wordings,
     * rules fired) or the summary ({@code detail=summary}, the default: the same structure without the texts).
     */
    private static boolean full(String detail) {
        return switch (detail.toLowerCase(Locale.ROOT)) {
            case SUMMARY -> false;
            case FULL -> true;
            default -> throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("detail",
                    "expected summary or full, found " + Quotes.shortQuote(detail))));
        };
    }
}
