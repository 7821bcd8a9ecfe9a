package org.pathway.web.workforce;

import java.time.Clock;
import java.time.LocalDate;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.workforce.CouncilViews;
import org.pathway.workforce.EvidenceQuality;
import org.pathway.workforce.SuccessionRisk;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceFindings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The evidence quality monitor (HR analysts and L&D; page and API) and succession risk (workforce planners; API), both
 * read from the findings read model. The recency window is the policy's in force.
 */
@Controller
class EvidenceQualityPage {

    private final CouncilViews views;
    private final ReadinessEngine engine;
    private final Clock clock;
    private final WorkforceFindings workforce;

    EvidenceQualityPage(CouncilViews views, ReadinessEngine engine, Clock clock, WorkforceFindings workforce) {
        this.views = views;
        this.engine = engine;
        this.clock = clock;
        this.workforce = workforce;
    }

    @GetMapping("/evidence-quality")
    String page(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by,
            Model model) {
        model.addAttribute("quality", quality(unit, by));
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("unitChoices", workforce.units());
        model.addAttribute("by", by);
        model.addAttribute("levels", UnitLevel.values());
        return "pages/evidence-quality";
    }

    @GetMapping("/api/evidence-quality")
    @ResponseBody
    EvidenceQuality quality(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by) {
        return views.evidenceQuality(UnitScope.parse(unit), by, engine.policy().recencyMonths());
    }

    /** Succession risk: fractional bench strength, coverage, and roles whose holders may leave within the horizon. */
    @GetMapping("/api/succession/risk")
    @ResponseBody
    SuccessionRisk risk(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "12") int horizonMonths) {
        return views.successionRisk(UnitScope.parse(unit), LocalDate.now(clock), SuccessionHorizon.check(horizonMonths));
    }
}
