package org.pathway.web.equality;

import java.util.List;
import org.pathway.security.PathwayUser;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceFindings;
import org.pathway.workforce.equality.EqualityCsv;
import org.pathway.workforce.equality.EqualityReport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The HR analyst's page: the equality impact report by characteristic and unit, flags first, with its CSV download. */
@Controller
class EqualityPage {

    private final EqualityReports reports;
    private final WorkforceFindings workforce;

    EqualityPage(EqualityReports reports, WorkforceFindings workforce) {
        this.reports = reports;
        this.workforce = workforce;
    }

    /** A flagged group, for the summary at the top of the page. */
    record Flag(String characteristic, String unit, String group, double ratio, List<String> drivers) {
    }

    @GetMapping("/equality")
    String page(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        EqualityReport report = reports.report(UnitScope.parse(unit), by, user.username());
        model.addAttribute("report", report);
        model.addAttribute("flags", report.tables().stream().flatMap(t -> t.units().stream().flatMap(u -> u.groups()
                .stream().filter(EqualityReport.Cell::flagged).map(g -> new Flag(t.words(), u.unit(), g.words(),
                        g.adverseImpactRatio(), g.drivers())))).toList());
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("unitChoices", workforce.units());
        model.addAttribute("by", by);
        model.addAttribute("levels", UnitLevel.values());
        return "pages/equality";
    }

    @GetMapping("/equality.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by, @AuthenticationPrincipal PathwayUser user) {
        return EqualityController.download(EqualityCsv.of(reports.report(UnitScope.parse(unit), by, user.username())));
    }
}
