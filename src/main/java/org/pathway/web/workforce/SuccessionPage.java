package org.pathway.web.workforce;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReports;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.workforce.CouncilViews;
import org.pathway.workforce.UnitScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The workforce planner's page: the succession pipeline per role, and a candidate's explanation. */
@Controller
class SuccessionPage {

    /** Candidates the page lists per role; the drill-down explains any of them. */
    private static final int SHOWN_PER_ROLE = 5;

    private final EvidenceLedger ledger;
    private final CouncilViews views;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final FrameworkCatalogue frameworks;
    private final Clock clock;

    SuccessionPage(EvidenceLedger ledger, CouncilViews views, ReadinessEngine engine,
            ReadinessReports reports, FrameworkCatalogue frameworks, Clock clock) {
        this.frameworks = frameworks;
        this.ledger = ledger;
        this.views = views;
        this.engine = engine;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/succession")
    String page(@RequestParam(required = false) String unit, Model model) {
        model.addAttribute("report", views.succession(UnitScope.parse(unit), null).top(SHOWN_PER_ROLE));
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("frameworkNames", frameworks.all().stream()
                .collect(Collectors.toMap(Framework::id, Framework::name)));
        return "pages/succession";
    }

    /** A candidate's full explanation; only for people in the pipeline for that role, not any employee's record. */
    @GetMapping("/succession/{employeeId}")
    String candidate(@PathVariable String employeeId, @RequestParam String role, Model model,
            HttpServletResponse response) {
        if (!views.isCandidate(employeeId, role)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        Employee candidate = ledger.employee(employeeId);
        model.addAttribute("report", reports.report(candidate, engine.explain(candidate, role, LocalDate.now(clock)), role));
        model.addAttribute("unit", candidate.unit() == null ? null : Stream.of(candidate.unit().directorate(),
                candidate.unit().service(), candidate.unit().team()).filter(Objects::nonNull)
                .collect(Collectors.joining(" / ")));
        return "pages/candidate";
    }
}
