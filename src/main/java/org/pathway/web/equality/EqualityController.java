package org.pathway.web.equality;

import org.pathway.security.PathwayUser;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.equality.EqualityCsv;
import org.pathway.workforce.equality.EqualityReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The equality impact report over the API, as JSON or CSV (HR analysts, by URL). */
@RestController
class EqualityController {

    private final EqualityReports reports;

    EqualityController(EqualityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/equality")
    EqualityReport report(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by, @AuthenticationPrincipal PathwayUser user) {
        return reports.report(UnitScope.parse(unit), by, user.username());
    }

    @GetMapping("/api/equality.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "DIRECTORATE") UnitLevel by, @AuthenticationPrincipal PathwayUser user) {
        return download(EqualityCsv.of(reports.report(UnitScope.parse(unit), by, user.username())));
    }

    static ResponseEntity<String> download(String csv) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=equality-impact.csv")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv").body(csv);
    }
}
