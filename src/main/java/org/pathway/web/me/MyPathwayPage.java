package org.pathway.web.me;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.analysis.PathsReport;
import org.pathway.analysis.Readiness;
import org.pathway.analysis.Verdict;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReports;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.individual.PlanJobs;
import org.pathway.plans.SavedPlans;
import org.pathway.problem.NotFoundException;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.security.PathwayUser;
import org.pathway.web.EvidenceForm;
import org.pathway.web.EvidenceFormCheck;
import org.pathway.web.PeopleNames;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** The budget the plan form offers first, in pounds. */
    private static final long DEFAULT_BUDGET = 2000;

    private final EvidenceLedger ledger;
    private final ReadinessEngine engine;
    private final ReadinessReports reports;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;
    private final PlanJobs jobs;
    private final EvidenceFormCheck check;
    private final PeopleNames names;
    private final SavedPlans savedPlans;
    private final Clock clock;

    MyPathwayPage(EvidenceLedger ledger, ReadinessEngine engine, ReadinessReports reports, RoleCatalogue roles,
            FrameworkCatalogue frameworks, PlanJobs jobs, EvidenceFormCheck check, PeopleNames names,
            SavedPlans savedPlans, Clock clock) {
        this.ledger = ledger;
        this.engine = engine;
        this.reports = reports;
        this.roles = roles;
        this.frameworks = frameworks;
        this.jobs = jobs;
        this.check = check;
        this.names = names;
        this.savedPlans = savedPlans;
        this.clock = clock;
    }

    /**
     * A piece of the person's own evidence as the page lists it: the competency and behaviour by name, who decided it,
     * and whether she may still change or withdraw it (her own claim awaiting a decision).
     */
    record MyEvidence(Evidence evidence, String competency, String behaviour, String decidedBy, boolean changeable) {
    }

    /**
     * The page never plans: it shows the plan job named by {@code plan} (the signed-in person's own, about
     * themselves), its best plan so far while it runs (and refreshes itself), and the plan when it is done.
     */
    @GetMapping("/me")
    String page(@AuthenticationPrincipal PathwayUser user, @RequestParam(required = false) String target,
            @RequestParam(required = false) UUID plan, @RequestParam(required = false) String edit, Model model) {
        Employee me = ledger.employee(user.employeeId());
        Framework framework = frameworks.get(me.frameworkId());
        model.addAttribute("evidence", me.evidence().stream()
                .sorted(Comparator.comparing(Evidence::observedOn).reversed())
                .map(e -> myEvidence(framework, e, user)).toList());
        if (!model.containsAttribute("form")) {
            Optional<MyEvidence> editing = edit == null ? Optional.empty() : me.evidence().stream()
                    .filter(e -> e.id().equals(edit)).findFirst().map(e -> myEvidence(framework, e, user))
                    .filter(MyEvidence::changeable);
            model.addAttribute("form", editing.map(e -> EvidenceForm.of(e.evidence()))
                    .orElse(new EvidenceForm(null, null, null, null)));
            model.addAttribute("editing", editing.map(e -> e.evidence().id()).orElse(null));
        }
        List<RoleProfile> above = roles.rolesAbove(me.frameworkId(), me.currentRoleId());
        String role = target != null ? target : above.isEmpty() ? me.currentRoleId() : above.get(0).id();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("me", me);
        model.addAttribute("framework", framework);
        model.addAttribute("currentRole", roles.get(me.frameworkId(), me.currentRoleId()));
        model.addAttribute("roles", roles.rolesOf(me.frameworkId()));
        model.addAttribute("target", role);
        ReadinessReport report = reports.report(me, engine.explain(me, role, today), role);
        model.addAttribute("report", report);
        model.addAttribute("chart", ChartData.of(report));
        PathsReport paths = reports.paths(me, engine.paths(me, today));
        model.addAttribute("paths", paths);
        // the ladder: one path per destination, the best-ranked way there
        Set<String> destinations = new HashSet<>();
        model.addAttribute("ladder", paths.paths().stream().filter(p -> !p.rungs().isEmpty()
                && destinations.add(p.rungs().get(p.rungs().size() - 1).roleId())).toList());
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
        savedPlans.latest(me.id()).ifPresent(saved -> {
            model.addAttribute("saved", saved);
            model.addAttribute("savedBy", names.nameOf(saved.getSavedBy()));
            model.addAttribute("savedOn", saved.getSavedAt().atZone(clock.getZone()).toLocalDate());
            model.addAttribute("savedTimeline", Timeline.of(saved, LocalDate.now(clock)));
        });
        if (!model.containsAttribute("budget")) {
            model.addAttribute("budget", DEFAULT_BUDGET);
            model.addAttribute("hours", PlanLimits.defaultHoursPerWeek(me.contractedHours()));
        }
        model.addAttribute("mostHours", me.contractedHours());
        return "pages/me";
    }

    /**
     * Starts a plan job for the signed-in person and sends them (303) to the page that follows it; a budget or weekly
     * hours that cannot be planned with are refused in words next to their field, and a role she is ready for now
     * is not planned for (the page says so).
     */
    @PostMapping("/me/plan")
    RedirectView startPlan(@AuthenticationPrincipal PathwayUser user, @RequestParam String target,
            @RequestParam(required = false) String budget, @RequestParam(required = false) String hours,
            RedirectAttributes redirect) {
        Employee me = ledger.employee(user.employeeId());
        String typedBudget = budget == null ? String.valueOf(DEFAULT_BUDGET) : budget;
        String typedHours = hours == null ? String.valueOf(PlanLimits.defaultHoursPerWeek(me.contractedHours()))
                : hours;
        Map<String, String> problems = PlanLimits.problems(typedBudget, typedHours, me.contractedHours());
        LocalDate today = LocalDate.now(clock);
        redirect.addAttribute("target", target);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("planProblems", problems);
        } else if (engine.analyse(me, target, today).readinessFor(target).map(Readiness::verdict)
                .orElse(null) == Verdict.READY_NOW) {
            redirect.addFlashAttribute("readyFor", roles.get(me.frameworkId(), target).title());
        } else {
            try {
                UUID id = jobs.start(user.username(), me, target, today, PlanLimits.of(typedBudget, typedHours, 52));
                redirect.addAttribute("plan", id);
            } catch (TooManyRequestsException e) {
                redirect.addFlashAttribute("error", e.getMessage());
            }
        }
        redirect.addFlashAttribute("budget", typedBudget);
        redirect.addFlashAttribute("hours", typedHours);
        // a page that refreshes itself must have no fragment: a refresh to the same address with one only scrolls
        return seeOther(redirect.asMap().containsKey("plan") ? "/me" : "/me#development");
    }

    /** Saves the finished plan of one of her plan jobs as the plan she follows (stored and audited). */
    @PostMapping("/me/plan/{jobId}/save")
    RedirectView savePlan(@AuthenticationPrincipal PathwayUser user, @PathVariable UUID jobId,
            @RequestParam String target, RedirectAttributes redirect) {
        PlanJobs.JobView job = jobs.view(jobId, user.username(), false)
                .filter(j -> j.employeeId().equals(user.employeeId()) && j.status().equals("DONE") && j.plan() != null)
                .orElseThrow(() -> new NotFoundException("no finished plan job '" + jobId + "'"));
        savedPlans.save(jobId, job.plan(), user);
        redirect.addAttribute("target", target);
        redirect.addFlashAttribute("planSaved", true);
        return seeOther("/me#saved-plan");
    }

    /**
     * Marks an activity of her saved plan done: its completion is recorded as evidence for her manager to validate.
     */
    @PostMapping("/me/plans/{planId}/steps/{stepId}/done")
    RedirectView markDone(@AuthenticationPrincipal PathwayUser user, @PathVariable String planId,
            @PathVariable String stepId, @RequestParam String target, RedirectAttributes redirect) {
        List<Evidence> recorded = savedPlans.markDone(planId, stepId, user);
        redirect.addAttribute("target", target);
        redirect.addFlashAttribute("markedDone", recorded.size());
        return seeOther("/me#saved-plan");
    }

    private static RedirectView seeOther(String url) {
        RedirectView view = new RedirectView(url, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    /** Records the person's own evidence, or shows the form again with her words and each problem next to its field. */
    @PostMapping("/me/evidence")
    String record(@AuthenticationPrincipal PathwayUser user, @ModelAttribute EvidenceForm form,
            @RequestParam String target, RedirectAttributes redirect) {
        return write(user, form, target, null, redirect);
    }

    /** Changes one of her own claims awaiting a decision (audited by the ledger as an update). */
    @PostMapping("/me/evidence/{evidenceId}")
    String change(@AuthenticationPrincipal PathwayUser user, @PathVariable String evidenceId,
            @ModelAttribute EvidenceForm form, @RequestParam String target, RedirectAttributes redirect) {
        return write(user, form, target, evidenceId, redirect);
    }

    /** Withdraws one of her own claims awaiting a decision (audited by the ledger as a removal). */
    @PostMapping("/me/evidence/{evidenceId}/withdraw")
    String withdraw(@AuthenticationPrincipal PathwayUser user, @PathVariable String evidenceId,
            @RequestParam String target, RedirectAttributes redirect) {
        redirect.addAttribute("target", target);
        ledger.delete(user.employeeId(), evidenceId, user);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/me";
    }

    private String write(PathwayUser user, EvidenceForm form, String target, String evidenceId,
            RedirectAttributes redirect) {
        redirect.addAttribute("target", target);
        Employee me = ledger.employee(user.employeeId());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = check.problems(form, frameworks.get(me.frameworkId()), today,
                today.minusMonths(engine.policy().recencyMonths()));
        if (problems.isEmpty()) {
            try {
                if (evidenceId == null) {
                    ledger.record(me.id(), form.draft(), user);
                } else {
                    ledger.change(me.id(), evidenceId, form.draft(), user);
                }
                redirect.addFlashAttribute(evidenceId == null ? "recorded" : "changed", true);
                return "redirect:/me#my-evidence";
            } catch (InvalidRequestException e) {
                problems = check.problems(e);
            }
        }
        redirect.addFlashAttribute("form", form);
        if (evidenceId != null) {
            redirect.addFlashAttribute("editing", evidenceId);
        }
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/me#record";
    }

    private MyEvidence myEvidence(Framework framework, Evidence evidence, PathwayUser user) {
        Optional<Competency> competency = framework.competency(evidence.competencyId());
        String behaviour = evidence.givesRating()
                ? competency.map(c -> c.keyThemeName(evidence.keyThemeId())).orElse(evidence.keyThemeId()) + " rated "
                        + framework.scale().level(evidence.ratingLevelId()).map(Level::label).orElse("")
                : framework.indicator(evidence.indicatorId()).map(Indicator::text).orElse("");
        boolean changeable = evidence.status() == EvidenceStatus.CLAIMED
                && user.username().equals(evidence.recordedBy())
                && (evidence.source() == EvidenceSource.SELF || evidence.source() == EvidenceSource.PEER_360);
        return new MyEvidence(evidence, competency.map(Competency::name).orElse(evidence.competencyId()), behaviour,
                evidence.validatedBy() == null ? null : names.nameOf(evidence.validatedBy()), changeable);
    }
}
