package org.pathway.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.evidence.EvidenceLedger;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.security.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training needs (L&D) and the succession pipeline (workforce planners) over the stored workforce. */
@RestController
@Profile("!cli")
@RequestMapping("/api")
class WorkforceController {

    private final EvidenceLedger ledger;
    private final Access access;
    private final WorkforceAnalyser analyser;
    private final TrainingNeedsAnalysis needs;
    private final SuccessionPipeline succession;
    private final Clock clock;

    WorkforceController(EvidenceLedger ledger, Access access, ReadinessEngine engine, FrameworkCatalogue frameworks,
            RoleCatalogue roles, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.analyser = new WorkforceAnalyser(engine, roles, Runtime.getRuntime().availableProcessors());
        this.needs = new TrainingNeedsAnalysis(frameworks, roles);
        this.succession = new SuccessionPipeline(frameworks, roles);
        this.clock = clock;
    }

    @GetMapping("/tna")
    TrainingNeedsReport tna(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "SERVICE") UnitLevel by, @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.LND, Role.ADMIN);
        return needs.analyse(findings(), UnitScope.parse(unit), by);
    }

    @GetMapping("/succession")
    SuccessionReport succession(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String role, @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.WORKFORCE_PLANNER, Role.ADMIN);
        return succession.analyse(findings(), UnitScope.parse(unit), role);
    }

    private List<EmployeeFindings> findings() {
        return analyser.analyse(ledger.all(), LocalDate.now(clock), WorkforceAnalyser.Progress.NONE);
    }
}
