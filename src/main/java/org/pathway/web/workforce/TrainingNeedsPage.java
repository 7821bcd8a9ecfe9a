package org.pathway.web.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.cohort.CohortJobs;
import org.pathway.planning.cohort.CohortReport;
import org.pathway.web.PlainWords;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.TrainingNeedsCsv;
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
    private final FrameworkCatalogue frameworks;
    private final PlainWords words;
    private final Clock clock;

    /** How long the page lets the cohort planner search, per framework in scope. */
    private static final Duration COHORT_SEARCH = Duration.ofSeconds(5);

    TrainingNeedsPage(WorkforceFindings workforce, CouncilViews views, CohortJobs jobs, FrameworkCatalogue frameworks,
            PlainWords words, Clock clock) {
        this.workforce = workforce;
        this.views = views;
        this.jobs = jobs;
        this.frameworks = frameworks;
        this.words = words;
        this.clock = clock;
    }

    /** One cell of the heatmap: the need (or "-" for none) and its shade, with text that keeps AA contrast on it. */
    public record HeatCell(String text, String style) {
    }

    /** One row of the heatmap: a competency and level, and its need in each unit, in the order of the units. */
    public record HeatRow(String competency, String level, List<HeatCell> cells) {
    }

    /** A place booked in a cohort plan, in words: the person, their unit, the competency and the session with its date. */
    public record Place(String person, String unit, String competency, String session) {
    }

    /** One framework's cohort plan with its places in words. */
    public record PlanView(CohortReport report, String framework, List<Place> places) {
    }

    /**
     * Shades lightest to darkest: the three light ones carry dark text, the two dark ones white, each at least 4.5:1
     * (WCAG AA).
     */
    private static final List<String> SHADES = List.of("background:#f3f6fa;color:#0b0c0c",
            "background:#dce6f2;color:#0b0c0c", "background:#b7cce6;color:#0b0c0c", "background:#2f67b0;color:#fff",
            "background:#143a6b;color:#fff");

    /**
     * The page never plans: it shows the cohort job named by {@code plan} (the signed-in person's own), which
     * framework it is planning while it runs (and refreshes itself), and the plans when it is done. The heatmap and
     * ranked needs are one framework's at a time (its competencies are its own).
     */
    @GetMapping("/training-needs")
    String page(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by,
            @RequestParam(required = false) String framework, @RequestParam(required = false) UUID plan,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        UnitScope scope = UnitScope.parse(unit);
        TrainingNeedsReport report = views.trainingNeeds(scope, by);
        List<String> present = report.ranked().stream().map(TrainingNeed::frameworkId).distinct().toList();
        String shown = framework != null && present.contains(framework) ? framework
                : present.isEmpty() ? null : present.get(0);
        List<TrainingNeed> ranked = report.ranked().stream().filter(n -> n.frameworkId().equals(shown)).toList();
        TreeSet<String> units = new TreeSet<>();
        Map<String, Map<String, Double>> byUnit = new TreeMap<>();
        double max = 1;
        for (TrainingNeed need : report.byUnit()) {
            if (need.frameworkId().equals(shown)) {
                units.add(need.unit());
                byUnit.computeIfAbsent(need.competency() + " / " + need.level(), k -> new TreeMap<>())
                        .put(need.unit(), need.need());
                max = Math.max(max, need.need());
            }
        }
        double greatest = max;
        List<HeatRow> heat = ranked.stream().limit(12).map(n -> new HeatRow(n.competency(), n.level(), units.stream()
                .map(u -> cell(byUnit.getOrDefault(n.competency() + " / " + n.level(), Map.of()).get(u), greatest))
                .toList())).toList();
        model.addAttribute("report", report);
        model.addAttribute("ranked", ranked);
        model.addAttribute("units", List.copyOf(units));
        model.addAttribute("heat", heat);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("unitChoices", workforce.units());
        model.addAttribute("by", by);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("framework", shown);
        model.addAttribute("frameworks", present.stream().collect(Collectors.toMap(id -> id,
                id -> frameworks.get(id).name(), (a, b) -> a, LinkedHashMap::new)));
        if (plan != null) {
            CohortJobs.JobView job = jobs.view(plan, user.username(), false)
                    .orElseThrow(() -> new NotFoundException("no cohort plan job '" + plan + "'"));
            model.addAttribute("job", job);
            model.addAttribute("refresh", job.status().equals("SOLVING"));
            if (job.plans() != null) {
                model.addAttribute("cohortPlans", job.plans().stream().map(this::view).toList());
                model.addAttribute("cohortCost", job.plans().stream().mapToLong(CohortReport::cost).sum());
            }
            model.addAttribute("planningName", job.planning() == null ? null : frameworks.get(job.planning()).name());
            if (!model.containsAttribute("budget")) {
                model.addAttribute("budget", job.budget());
            }
        }
        if (!model.containsAttribute("budget")) {
            model.addAttribute("budget", 20000);
        }
        return "pages/training-needs";
    }

    private static HeatCell cell(Double need, double max) {
        if (need == null) {
            return new HeatCell("-", "");
        }
        int shade = (int) Math.min(SHADES.size() - 1, Math.floor(SHADES.size() * need / max));
        return new HeatCell(String.format("%.0f", need), SHADES.get(shade));
    }

    private PlanView view(CohortReport report) {
        Framework framework = frameworks.get(report.frameworkId());
        Map<String, String> names = workforce.findingsOf(report.bookings().stream()
                .map(CohortReport.Booking::employeeId).distinct().toList()).stream()
                .collect(Collectors.toMap(EmployeeFindings::employeeId, EmployeeFindings::name));
        Map<String, CohortReport.RunningSession> sessions = report.sessions().stream()
                .collect(Collectors.toMap(CohortReport.RunningSession::sessionId, s -> s));
        List<Place> places = report.bookings().stream().map(b -> {
            CohortReport.RunningSession session = sessions.get(b.sessionId());
            return new Place(names.getOrDefault(b.employeeId(), "(no longer on record)"), b.unit(),
                    framework.competency(b.competencyId()).map(Competency::name).orElse(b.competencyId()),
                    session == null ? b.sessionId() : session.title() + ", from " + words.date(session.start()));
        }).sorted(Comparator.comparing(Place::person)).toList();
        return new PlanView(report, framework.name(), places);
    }

    /** Starts a cohort plan job for the scope and sends the planner (303) to the page that follows it. */
    @PostMapping("/training-needs/plan")
    RedirectView startPlan(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by, @RequestParam(required = false) Long budget,
            @AuthenticationPrincipal PathwayUser user, RedirectAttributes redirect) {
        long pounds = budget == null ? 20000 : budget;
        if (unit != null) {
            redirect.addAttribute("unit", unit);
        }
        redirect.addAttribute("by", by);
        if (pounds < 0) {
            redirect.addFlashAttribute("budgetError", "The budget must be £0 or more.");
        } else {
            try {
                redirect.addAttribute("plan", jobs.start(user.username(), unit,
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
        String csv = TrainingNeedsCsv.of(views.trainingNeeds(UnitScope.parse(unit), by));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=training-needs.csv")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv").body(csv);
    }
}
