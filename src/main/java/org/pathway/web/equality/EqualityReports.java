package org.pathway.web.equality;

import java.util.HashMap;
import java.util.Map;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.ProtectedCharacteristics;
import org.pathway.planning.cohort.CohortJobs;
import org.pathway.planning.cohort.CohortReport;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.WorkforceFindings;
import org.pathway.workforce.equality.CohortShare;
import org.pathway.workforce.equality.EqualityImpact;
import org.pathway.workforce.equality.EqualityReport;
import org.springframework.stereotype.Component;

/**
 * The equality impact report of the stored council: the findings read model (no analysis runs per request), the
 * protected characteristics (each read audited as the HR analyst's) and the places of the last cohort plan.
 */
@Component
class EqualityReports {

    private final WorkforceFindings findings;
    private final ProtectedCharacteristics characteristics;
    private final CohortJobs cohorts;
    private final EqualityImpact impact;

    EqualityReports(WorkforceFindings findings, ProtectedCharacteristics characteristics, CohortJobs cohorts,
            FrameworkCatalogue frameworks) {
        this.findings = findings;
        this.characteristics = characteristics;
        this.cohorts = cohorts;
        this.impact = new EqualityImpact(frameworks);
    }

    EqualityReport report(UnitScope scope, UnitLevel by, String analyst) {
        return impact.report(findings.council(), characteristics.forReport(analyst, "equality report"), cohortShares(),
                scope, by);
    }

    /** Each booked person's places and their part of the sessions' cost, from the last cohort plan. */
    private Map<String, CohortShare> cohortShares() {
        Map<String, CohortShare> shares = new HashMap<>();
        for (CohortReport plan : cohorts.latestPlans()) {
            Map<String, CohortReport.RunningSession> sessions = new HashMap<>();
            plan.sessions().forEach(s -> sessions.put(s.sessionId(), s));
            for (CohortReport.Booking booking : plan.bookings()) {
                CohortReport.RunningSession session = sessions.get(booking.sessionId());
                double spend = session == null || session.attendees() == 0 ? 0
                        : (double) session.cost() / session.attendees();
                shares.merge(booking.employeeId(), new CohortShare(1, spend),
                        (a, b) -> new CohortShare(a.places() + b.places(), a.spend() + b.spend()));
            }
        }
        return shares;
    }
}
