package org.pathway.web.me;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.individual.DevelopmentPlans;
import org.pathway.planning.individual.IndividualPlan;
import org.pathway.planning.individual.IndividualPlanner;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
    private final IndividualPlanner planner;
    private final SolverFactory<IndividualPlan> planSolver;
    private final DevelopmentPlans plans;
    private final Clock clock;

    /** A person waits for their plan on the page, so the search is shorter than a background plan job's. */
    private static final Duration PLAN_SEARCH = Duration.ofSeconds(5);

    MyPathwayPage(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports, RoleCatalogue roles,
            FrameworkCatalogue frameworks, IndividualPlanner planner, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.roles = roles;
        this.frameworks = frameworks;
        this.planner = planner;
        this.planSolver = IndividualPlanner.solverFactory(PLAN_SEARCH, Duration.ofSeconds(2));
        this.plans = new DevelopmentPlans(engine, planSolver);
        this.clock = clock;
    }

    /** The new-evidence form. */
    record EvidenceForm(String competencyId, String indicatorId, String observedOn, String example) {
    }

    @GetMapping("/me")
    String page(@AuthenticationPrincipal PathwayUser user, @RequestParam(required = false) String target,
            @RequestParam(required = false) Long budget, @RequestParam(required = false) Double hours, Model model) {
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
        double weeklyHours = hours == null ? PlanLimits.defaultHoursPerWeek(me.contractedHours()) : hours;
        if (budget != null && (budget < 0 || weeklyHours <= 0)) {
            model.addAttribute("error", "To plan, give a budget of £0 or more and more than 0 hours a week.");
        } else if (budget != null) {
            PlanLimits limits = new PlanLimits(budget, weeklyHours, 52);
            IndividualPlan solved = planner.solve(planner.problem(me, role, today, limits), planSolver, score -> { });
            DevelopmentPlan plan = plans.report(me, frameworks.get(me.frameworkId()),
                    roles.get(me.frameworkId(), role).title(), solved);
            model.addAttribute("plan", plan);
            model.addAttribute("timeline", Timeline.of(plan));
        }
        model.addAttribute("budget", budget == null ? 2000 : budget);
        model.addAttribute("hours", weeklyHours);
        return "pages/me";
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
