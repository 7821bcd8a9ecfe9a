package org.pathway.web.me;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.individual.PlanJobs;
import org.pathway.problem.NotFoundException;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.security.PathwayUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * An employee's own page: their readiness for a target role with the reasons and a chart, the behaviours missing and
 * their evidence, recording new evidence, their promotion ladder, and a development plan they can re-plan.
 */
@Controller
class MyPathwayPage {

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;
    private final PlanJobs jobs;
    private final Clock clock;

    MyPathwayPage(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports, RoleCatalogue roles,
            FrameworkCatalogue frameworks, PlanJobs jobs, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.roles = roles;
        this.frameworks = frameworks;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The new-evidence form. */
    record EvidenceForm(String competencyId, String indicatorId, String observedOn, String example) {
    }

    /**
     * The page never plans: it shows the plan job named by {@code plan} (the signed-in person's own, about
     * themselves), its best plan so far while it runs (and refreshes itself), and the plan when it is done.
     */
    @GetMapping("/me")
    String page(@AuthenticationPrincipal PathwayUser user, @RequestParam(required = false) String target,
            @RequestParam(required = false) UUID plan, Model model) {
        Employee me = ledger.employee(user.employeeId());
        List<RoleProfile> above = roles.rolesAbove(me.frameworkId(), me.currentRoleId());
        String role = target != null ? target : above.isEmpty() ? me.currentRoleId() : above.get(0).id();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("me", me);
        model.addAttribute("framework", frameworks.get(me.frameworkId()));
        model.addAttribute("currentRole", roles.get(me.frameworkId(), me.currentRoleId()));
        model.addAttribute("roles", roles.rolesOf(me.frameworkId()));
        model.addAttribute("target", role);
        ReadinessReport report = reports.report(me, engine.explain(me, role, today), role);
        model.addAttribute("report", report);
        model.addAttribute("chart", ChartData.of(report));
        model.addAttribute("paths", reports.paths(me, engine.paths(me, today)));
        if (plan != null) {
            PlanJobs.JobView job = jobs.view(plan, user.username(), false).filter(j -> j.employeeId().equals(me.id()))
                    .orElseThrow(() -> new NotFoundException("no plan job '" + plan + "'"));
            model.addAttribute("job", job);
            model.addAttribute("refresh", job.status().equals("SOLVING"));
            if (job.plan() != null) {
                model.addAttribute("plan", job.plan());
                model.addAttribute("timeline", Timeline.of(job.plan()));
            }
        }
        if (!model.containsAttribute("budget")) {
            model.addAttribute("budget", 2000);
            model.addAttribute("hours", PlanLimits.defaultHoursPerWeek(me.contractedHours()));
        }
        return "pages/me";
    }

    /** Starts a plan job for the signed-in person and sends them (303) to the page that follows it. */
    @PostMapping("/me/plan")
    RedirectView startPlan(@AuthenticationPrincipal PathwayUser user, @RequestParam String target,
            @RequestParam(required = false) Long budget, @RequestParam(required = false) Double hours,
            RedirectAttributes redirect) {
        Employee me = ledger.employee(user.employeeId());
        double weeklyHours = hours == null ? PlanLimits.defaultHoursPerWeek(me.contractedHours()) : hours;
        long pounds = budget == null ? 2000 : budget;
        redirect.addAttribute("target", target);
        if (pounds < 0 || weeklyHours <= 0) {
            redirect.addFlashAttribute("error", "To plan, give a budget of £0 or more and more than 0 hours a week.");
        } else {
            try {
                UUID id = jobs.start(user.username(), me, target, LocalDate.now(clock),
                        new PlanLimits(pounds, weeklyHours, 52));
                redirect.addAttribute("plan", id);
            } catch (TooManyRequestsException e) {
                redirect.addFlashAttribute("error", e.getMessage());
            }
        }
        redirect.addFlashAttribute("budget", pounds);
        redirect.addFlashAttribute("hours", weeklyHours);
        RedirectView view = new RedirectView("/me", true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    @PostMapping("/me/evidence")
    String record(@AuthenticationPrincipal PathwayUser user, @ModelAttribute EvidenceForm form,
            @RequestParam String target, RedirectAttributes redirect) {
        redirect.addAttribute("target", target);
        try {
            ledger.record(user.employeeId(), new EvidenceDraft(form.competencyId(), form.indicatorId(), null, null,
                    null, parse(form.observedOn()), form.example(), null), user);
            redirect.addFlashAttribute("recorded", true);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/me";
    }

    private LocalDate parse(String date) {
        try {
            LocalDate parsed = LocalDate.parse(date);
            if (parsed.isAfter(LocalDate.now(clock))) {
                throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("observedOn",
                        "expected a date not after today")));
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("observedOn",
                    "expected a date yyyy-mm-dd")));
        }
    }
}
