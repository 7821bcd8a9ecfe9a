package org.pathway.web.workforce;

import java.util.List;
import org.pathway.problem.InvalidRequestException;
import org.pathway.workforce.CouncilViews;
import org.pathway.workforce.SuccessionReport;
import org.pathway.workforce.TrainingNeedsReport;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training needs (L&D) and the succession pipeline (workforce planners) over the stored workforce; roles by URL. */
@RestController
@RequestMapping("/api")
class WorkforceController {

    private final CouncilViews views;

    WorkforceController(CouncilViews views) {
        this.views = views;
    }

    @GetMapping("/tna")
    TrainingNeedsReport tna(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "SERVICE") UnitLevel by) {
        return views.trainingNeeds(UnitScope.parse(unit), by);
    }

    /** Every role's pipeline, or {@code role}'s; each lists all its candidates, or its best {@code limit}. */
    @GetMapping("/succession")
    SuccessionReport succession(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String role, @RequestParam(required = false) Integer limit) {
        if (limit != null && limit < 0) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("limit",
                    "expected 0 or more candidates, found " + limit)));
        }
        SuccessionReport report = views.succession(UnitScope.parse(unit), role);
        return limit == null ? report : report.top(limit);
    }
}
