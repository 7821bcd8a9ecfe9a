package org.pathway.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.EvidenceLedger;
import org.pathway.role.RoleCatalogue;
import org.springframework.stereotype.Component;

/** The stored workforce analysed as of today, for the service's training-needs and succession views. */
@Component
public class StoredWorkforce {

    private final EvidenceLedger ledger;
    private final WorkforceAnalyser analyser;
    private final Clock clock;

    StoredWorkforce(EvidenceLedger ledger, ReadinessEngine engine, RoleCatalogue roles, Clock clock) {
        this.ledger = ledger;
        this.analyser = new WorkforceAnalyser(engine, roles, Runtime.getRuntime().availableProcessors());
        this.clock = clock;
    }

    /** Everyone's findings today, optionally only those within {@code scope}. */
    public List<EmployeeFindings> findings(UnitScope scope) {
        return analyser.analyse(ledger.all(), LocalDate.now(clock), WorkforceAnalyser.Progress.NONE).stream()
                .filter(f -> scope.contains(f.unit())).toList();
    }
}
