package org.pathway.web.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pathway.csv.CsvCells;
import java.util.UUID;
import org.pathway.planning.cohort.CohortJobs;
import org.pathway.problem.NotFoundException;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.security.PathwayUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.pathway.workforce.CouncilViews;
import org.pathway.workforce.TrainingNeed;
import org.pathway.workforce.TrainingNeedsReport;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceFindings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * L&D's page: training needs as a heatmap of competencies by unit, ranked needs, a CSV download, and on request the
 * cohort plan for the scope (which sessions run, who attends, what it costs), worked out as a job.
 */
@Controller
class TrainingNeedsPage {

    private final WorkforceFindings workforce;
    private final CouncilViews views;
    private final CohortJobs jobs;
    private final Clock clock;

    /** How long the page lets the cohort planner search, per framework in scope. */
    private static final Duration COHORT_SEARCH = Duration.ofSeconds(5);

    TrainingNeedsPage(WorkforceFindings workforce, CouncilViews views, CohortJobs jobs, Clock clock) {
        this.workforce = workforce;
        this.views = views;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** One row of the heatmap: a competency and level, and its need in each unit. */
    public record HeatRow(String competency, String level, Map<String, Double> byUnit) {
    }

    /**
     * The page never plans: it shows the cohort job named by {@code plan} (the signed-in person's own), which
     * framework it is planning while it runs (and refreshes itself), and the plans when it is done.
     */
    @GetMapping("/training-needs")
    String page(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by,
            @RequestParam(required = false) UUID plan, @AuthenticationPrincipal PathwayUser user, Model model) {
        UnitScope scope = UnitScope.parse(unit);
        TrainingNeedsReport report = views.trainingNeeds(scope, by);
        TreeSet<String> units = new TreeSet<>();
        Map<String, HeatRow> rows = new TreeMap<>();
        double max = 1;
        for (TrainingNeed need : report.byUnit()) {
            units.add(need.unit());
            String key = need.competency() + " / " + need.level();
            rows.computeIfAbsent(key, k -> new HeatRow(need.competency(), need.level(), new TreeMap<>()))
                    .byUnit().put(need.unit(), need.need());
            max = Math.max(max, need.need());
        }
        List<HeatRow> top = report.ranked().stream().limit(12)
                .map(n -> rows.get(n.competency() + " / " + n.level())).toList();
        model.addAttribute("report", report);
        model.addAttribute("units", units);
        model.addAttribute("heat", top);
        model.addAttribute("max", max);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("by", by);
        model.addAttribute("levels", UnitLevel.values());
        if (plan != null) {
            CohortJobs.JobView job = jobs.view(plan, user.username(), false)
                    .orElseThrow(() -> new NotFoundException("no cohort plan job '" + plan + "'"));
            model.addAttribute("job", job);
            model.addAttribute("refresh", job.status().equals("SOLVING"));
            model.addAttribute("cohortPlans", job.plans());
            if (!model.containsAttribute("budget")) {
                model.addAttribute("budget", job.budget());
            }
        }
        if (!model.containsAttribute("budget")) {
            model.addAttribute("budget", 20000);
        }
        return "pages/training-needs";
    }

    /** Starts a cohort plan job for the scope and sends the planner (303) to the page that follows it. */
    @PostMapping("/training-needs/plan")
    RedirectView startPlan(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by, @RequestParam(required = false) Long budget,
            @AuthenticationPrincipal PathwayUser user, RedirectAttributes redirect) {
        UnitScope scope = UnitScope.parse(unit);
        long pounds = budget == null ? 20000 : budget;
        if (unit != null) {
            redirect.addAttribute("unit", unit);
        }
        redirect.addAttribute("by", by);
        if (pounds < 0) {
            redirect.addFlashAttribute("budgetError", "The budget must be £0 or more.");
        } else {
            try {
                redirect.addAttribute("plan", jobs.start(user.username(), () -> workforce.findings(scope),
                        LocalDate.now(clock), pounds, COHORT_SEARCH));
            } catch (TooManyRequestsException e) {
                redirect.addFlashAttribute("budgetError", e.getMessage());
            }
        }
        redirect.addFlashAttribute("budget", pounds);
        RedirectView view = new RedirectView("/training-needs", true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    @GetMapping("/training-needs.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by) {
        StringBuilder csv = new StringBuilder("unit,competency,level,short_current_role,short_next_role,need\n");
        UnitScope scope = UnitScope.parse(unit);
        TrainingNeedsReport report = views.trainingNeeds(scope, by);
        for (List<TrainingNeed> rows : List.of(report.ranked(), report.byUnit())) {
            rows.forEach(n -> csv.append(CsvCells.line(List.of(n.unit().isEmpty() ? "ALL" : n.unit(), n.competency(),
                    n.level(), n.shortForCurrentRole(), n.shortForNextRole(), n.need()))).append('\n'));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=training-needs.csv")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv").body(csv.toString());
    }
}
