package org.pathway.web.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pathway.csv.CsvCells;
import org.pathway.planning.cohort.CohortPlans;
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
 * cohort plan for the scope (which sessions run, who attends, what it costs).
 */
@Controller
class TrainingNeedsPage {

    private final WorkforceFindings workforce;
    private final CouncilViews views;
    private final CohortPlans cohorts;
    private final Clock clock;

    /** How long the page lets the cohort planner search, per framework in scope. */
    private static final Duration COHORT_SEARCH = Duration.ofSeconds(5);

    TrainingNeedsPage(WorkforceFindings workforce, CouncilViews views, CohortPlans cohorts, Clock clock) {
        this.workforce = workforce;
        this.views = views;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** One row of the heatmap: a competency and level, and its need in each unit. */
    public record HeatRow(String competency, String level, Map<String, Double> byUnit) {
    }

    @GetMapping("/training-needs")
    String page(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by,
            @RequestParam(required = false) Long budget, Model model) {
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
        model.addAttribute("budget", budget == null ? 20000 : budget);
        if (budget != null) {
            if (budget < 0) {
                model.addAttribute("budgetError", "The budget must be £0 or more.");
            } else {
                model.addAttribute("cohortPlans", cohorts.plan(workforce.findings(scope), LocalDate.now(clock), budget,
                        COHORT_SEARCH, (frameworkId, score) -> { }));
            }
        }
        return "pages/training-needs";
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
