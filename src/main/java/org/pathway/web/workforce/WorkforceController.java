package org.pathway.web.workforce;

import org.pathway.workforce.StoredWorkforce;
import org.pathway.workforce.SuccessionPipeline;
import org.pathway.workforce.SuccessionReport;
import org.pathway.workforce.TrainingNeedsAnalysis;
import org.pathway.workforce.TrainingNeedsReport;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.people.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training needs (L&D) and the succession pipeline (workforce planners) over the stored workforce. */
@RestController
@RequestMapping("/api")
class WorkforceController {

    private final StoredWorkforce workforce;
    private final Access access;
    private final TrainingNeedsAnalysis needs;
    private final SuccessionPipeline succession;

    WorkforceController(StoredWorkforce workforce, Access access, TrainingNeedsAnalysis needs,
            SuccessionPipeline succession) {
        this.workforce = workforce;
        this.access = access;
        this.needs = needs;
        this.succession = succession;
    }

    @GetMapping("/tna")
    TrainingNeedsReport tna(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "SERVICE") UnitLevel by, @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.LND, Role.ADMIN);
        return needs.analyse(workforce.findings(UnitScope.WHOLE_COUNCIL), UnitScope.parse(unit), by);
    }

    @GetMapping("/succession")
    SuccessionReport succession(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String role, @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.WORKFORCE_PLANNER, Role.ADMIN);
        return succession.analyse(workforce.findings(UnitScope.WHOLE_COUNCIL), UnitScope.parse(unit), role);
    }
}
