package org.pathway.web.workforce;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.workforce.CouncilViews;
import org.pathway.workforce.SuccessionReport;
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
    /** Candidates per page when every candidate for one role is listed. */
    private static final int PAGE = 20;

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

    /**
     * Each role's best candidates; for the role asked for ({@code framework} and {@code role}), every candidate a page
     * of {@value #PAGE} at a time.
     */
    @GetMapping("/succession")
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String framework,
            @RequestParam(required = false) String role, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "12") int horizonMonths, Model model) {
        SuccessionReport full = views.succession(UnitScope.parse(unit), null);
        model.addAttribute("risk", views.successionRisk(UnitScope.parse(unit), LocalDate.now(clock),
                SuccessionHorizon.check(horizonMonths)));
        Map<String, Integer> pages = new HashMap<>();
        int from = (Math.max(page, 1) - 1) * PAGE;
        List<SuccessionReport.RolePipeline> best = full.top(SHOWN_PER_ROLE).roles();
        List<SuccessionReport.RolePipeline> roles = new ArrayList<>();
        for (int i = 0; i < full.roles().size(); i++) {
            SuccessionReport.RolePipeline whole = full.roles().get(i);
            if (whole.frameworkId().equals(framework) && whole.roleId().equals(role)) {
                pages.put(framework + "/" + role, Math.max(1, (whole.ranked().size() + PAGE - 1) / PAGE));
                roles.add(new SuccessionReport.RolePipeline(whole.frameworkId(), whole.roleId(), whole.title(),
                        whole.holders(), whole.candidates(), whole.readyNow(), whole.readyInOneToTwoYears(),
                        whole.risk(), whole.ranked().subList(Math.min(from, whole.ranked().size()),
                                Math.min(from + PAGE, whole.ranked().size()))));
            } else {
                roles.add(best.get(i));
            }
        }
        model.addAttribute("report", new SuccessionReport(full.scope(), roles, full.decidedUnder()));
        model.addAttribute("pages", pages);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("first", from + 1);
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
