package org.pathway.web.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceStatus;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager's page: their reports' evidence awaiting validation, and each report's readiness for the next role. */
@Controller
class TeamPage {

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;
    private final Clock clock;

    TeamPage(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports, RoleCatalogue roles,
            FrameworkCatalogue frameworks, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.roles = roles;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** A claimed piece of a report's evidence, with what it is about. */
    public record Pending(Employee employee, Evidence evidence, String about) {
    }

    @GetMapping("/team")
    String page(@AuthenticationPrincipal PathwayUser user, Model model) {
        List<Pending> pending = new ArrayList<>();
        List<ReadinessReport> readiness = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (var entity : ledger.reportsOf(user.employeeId())) {
            Employee report = ledger.employee(entity.getId());
            var framework = frameworks.get(report.frameworkId());
            report.evidence().stream().filter(e -> e.status() == EvidenceStatus.CLAIMED)
                    .forEach(e -> pending.add(new Pending(report, e, e.indicatorId() == null ? e.keyThemeId() + " rated "
                            + e.ratingLevelId() : framework.indicator(e.indicatorId()).map(i -> i.text()).orElse(""))));
            List<String> next = roles.get(report.frameworkId(), report.currentRoleId()).nextRoleIds();
            if (!next.isEmpty()) {
                readiness.add(reports.report(report, engine.analyse(report, next.get(0), today), next.get(0)));
            }
        }
        model.addAttribute("pending", pending);
        model.addAttribute("readiness", readiness);
        return "pages/team";
    }

    @PostMapping("/team/{employeeId}/evidence/{evidenceId}")
    String decide(@AuthenticationPrincipal PathwayUser user, @PathVariable String employeeId,
            @PathVariable String evidenceId, @RequestParam String decision,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            if ("VALIDATED".equals(decision)) {
                ledger.validate(employeeId, evidenceId, user);
            } else {
                ledger.reject(employeeId, evidenceId, reason, user);
            }
            redirect.addFlashAttribute("done", true);
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/team";
    }
}
