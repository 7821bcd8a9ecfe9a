package org.pathway.web.team;

import java.util.ArrayList;
import java.util.List;
import org.pathway.analysis.Verdict;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeEntity;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceStatus;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.security.PathwayUser;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.WorkforceFindings;
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
    private final WorkforceFindings findings;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;

    TeamPage(EvidenceLedger ledger, WorkforceFindings findings, RoleCatalogue roles, FrameworkCatalogue frameworks) {
        this.ledger = ledger;
        this.findings = findings;
        this.roles = roles;
        this.frameworks = frameworks;
    }

    /** A claimed piece of a report's evidence, with what it is about. */
    public record Pending(Employee employee, Evidence evidence, String about) {
    }

    /** A report's readiness for the first role above theirs. */
    public record NextRole(String name, String currentRole, String role, Verdict verdict, int score) {
    }

    @GetMapping("/team")
    String page(@AuthenticationPrincipal PathwayUser user, Model model) {
        List<String> reportIds = ledger.reportsOf(user.employeeId()).stream().map(EmployeeEntity::getId).toList();
        List<Pending> pending = new ArrayList<>();
        for (Employee report : ledger.employees(reportIds)) {
            var framework = frameworks.get(report.frameworkId());
            report.evidence().stream().filter(e -> e.status() == EvidenceStatus.CLAIMED)
                    .forEach(e -> pending.add(new Pending(report, e, e.indicatorId() == null ? e.keyThemeId() + " rated "
                            + e.ratingLevelId() : framework.indicator(e.indicatorId()).map(i -> i.text()).orElse(""))));
        }
        List<NextRole> readiness = new ArrayList<>();
        for (EmployeeFindings report : findings.findingsOf(reportIds)) {
            RoleProfile current = roles.get(report.frameworkId(), report.currentRoleId());
            current.nextRoleIds().stream().findFirst().flatMap(report::finding).ifPresent(next -> readiness.add(
                    new NextRole(report.name(), current.title(), roles.get(report.frameworkId(), next.roleId()).title(),
                            next.verdict(), next.score())));
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
