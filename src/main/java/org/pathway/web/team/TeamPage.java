package org.pathway.web.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.Verdict;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeEntity;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.EvidenceStatus;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.security.PathwayUser;
import org.pathway.web.EvidenceForm;
import org.pathway.web.EvidenceFormCheck;
import org.pathway.web.PlainWords;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.WorkforceFindings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manager's page: his reports' evidence awaiting validation, oldest first, each with what it is about in words and
 * anything that makes it unable to count flagged; recording his own observation of a report; and each report's
 * readiness for the next role.
 */
@Controller
class TeamPage {

    private final EvidenceLedger ledger;
    private final WorkforceFindings findings;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;
    private final ReadinessEngine engine;
    private final EvidenceFormCheck check;
    private final PlainWords words;
    private final Clock clock;

    TeamPage(EvidenceLedger ledger, WorkforceFindings findings, RoleCatalogue roles, FrameworkCatalogue frameworks,
            ReadinessEngine engine, EvidenceFormCheck check, PlainWords words, Clock clock) {
        this.ledger = ledger;
        this.findings = findings;
        this.roles = roles;
        this.frameworks = frameworks;
        this.engine = engine;
        this.check = check;
        this.words = words;
        this.clock = clock;
    }

    /**
     * A claimed piece of a report's evidence: the competency and behaviour (with its level) in words, and a flag when
     * it cannot count as it stands (no description, or observed before the recency window).
     */
    public record Pending(Employee employee, Evidence evidence, String competency, String behaviour, String level,
            String flag) {

        /** What a screen reader says for this item's buttons: the person and the behaviour. */
        public String label() {
            return employee.name() + "'s evidence of " + (behaviour.length() > 80 ? behaviour.substring(0, 80) + "..."
                    : behaviour);
        }
    }

    /** A report's readiness for the first role above theirs. */
    public record NextRole(String name, String currentRole, String role, Verdict verdict, int score) {
    }

    @GetMapping("/team")
    String page(@AuthenticationPrincipal PathwayUser user, Model model) {
        List<String> reportIds = ledger.reportsOf(user.employeeId()).stream().map(EmployeeEntity::getId).toList();
        List<Employee> reports = ledger.employees(reportIds);
        LocalDate earliest = earliestCounting();
        List<Pending> pending = new ArrayList<>();
        for (Employee report : reports) {
            Framework framework = frameworks.get(report.frameworkId());
            report.evidence().stream().filter(e -> e.status() == EvidenceStatus.CLAIMED)
                    .forEach(e -> pending.add(pending(framework, report, e, earliest)));
        }
        pending.sort(Comparator.comparing((Pending p) -> p.evidence().recordedOn() != null ? p.evidence().recordedOn()
                : p.evidence().observedOn()).thenComparing(p -> p.evidence().observedOn()));
        List<NextRole> readiness = new ArrayList<>();
        for (EmployeeFindings report : findings.findingsOf(reportIds)) {
            RoleProfile current = roles.get(report.frameworkId(), report.currentRoleId());
            current.nextRoleIds().stream().findFirst().flatMap(report::finding).ifPresent(next -> readiness.add(
                    new NextRole(report.name(), current.title(), roles.get(report.frameworkId(), next.roleId()).title(),
                            next.verdict(), next.score())));
        }
        model.addAttribute("pending", pending);
        model.addAttribute("readiness", readiness);
        model.addAttribute("reports", reports);
        model.addAttribute("framework", frameworks.get(ledger.employee(user.employeeId()).frameworkId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EvidenceForm(null, null, null, null));
        }
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
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", reason == null || reason.isBlank()
                    ? "To reject evidence, give the reason: the person sees it." : e.getMessage());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/team";
    }

    /** Records the manager's own observation of one of his reports (MANAGER evidence, which counts as he records it). */
    @PostMapping("/team/evidence")
    String record(@AuthenticationPrincipal PathwayUser user, @RequestParam String employeeId,
            @ModelAttribute EvidenceForm form, RedirectAttributes redirect) {
        boolean mine = ledger.reportsOf(user.employeeId()).stream().anyMatch(r -> r.getId().equals(employeeId));
        Employee report = ledger.employee(mine ? employeeId : user.employeeId());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>(check.problems(form,
                frameworks.get(report.frameworkId()), today, earliestCounting()));
        if (!mine) {
            problems.put("employeeId", "Choose one of your reports.");
        }
        if (problems.isEmpty()) {
            try {
                ledger.record(employeeId, form.draft(), user);
                redirect.addFlashAttribute("recorded", report.name());
                return "redirect:/team";
            } catch (InvalidRequestException e) {
                problems = check.problems(e);
            }
        }
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("about", employeeId);
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/team#observe";
    }

    /** The earliest observation date that can count, from the recency window of the rules in use. */
    private LocalDate earliestCounting() {
        return LocalDate.now(clock).minusMonths(engine.policy().recencyMonths());
    }

    private Pending pending(Framework framework, Employee report, Evidence evidence, LocalDate earliest) {
        Competency competency = framework.competency(evidence.competencyId()).orElse(null);
        String competencyName = competency == null ? evidence.competencyId() : competency.name();
        String behaviour;
        String level;
        if (evidence.givesRating()) {
            behaviour = (competency == null ? "" : competency.keyThemeName(evidence.keyThemeId())) + " rated "
                    + framework.scale().level(evidence.ratingLevelId()).map(Level::label).orElse("");
            level = "";
        } else {
            Indicator indicator = framework.indicator(evidence.indicatorId()).orElse(null);
            behaviour = indicator == null ? "" : indicator.text();
            level = indicator == null || indicator.levelId() == null ? "Every level"
                    : framework.scale().level(indicator.levelId()).map(Level::label).orElse("");
        }
        String flag = evidence.example() == null || evidence.example().isBlank()
                ? "No description: ask for one before validating."
                : evidence.observedOn().isBefore(earliest) ? "Observed before " + words.date(earliest)
                        + ": too old ever to count." : null;
        return new Pending(report, evidence, competencyName, behaviour, level, flag);
    }
}
