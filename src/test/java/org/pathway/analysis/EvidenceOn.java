package org.pathway.analysis;

import java.time.LocalDate;
import java.util.List;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;

/** Hand-made evidence and employees for the engine-level cases: dates given, everything else plain. */
final class EvidenceOn {

    private EvidenceOn() {
    }

    /** Evidence about one indicator, observed and recorded on {@code observed}, decided (when not claimed) that day. */
    static Evidence indicator(String id, String indicatorId, EvidenceSource source, EvidenceStatus status,
            LocalDate observed) {
        return decided(id, indicatorId, source, status, observed, observed, observed);
    }

    static Evidence decided(String id, String indicatorId, EvidenceSource source, EvidenceStatus status,
            LocalDate observed, LocalDate recorded, LocalDate decided) {
        String competencyId = indicatorId.substring(0, indicatorId.indexOf('.'));
        boolean claimed = status == EvidenceStatus.CLAIMED;
        return new Evidence(id, competencyId, indicatorId, null, null, source, status, observed,
                claimed ? null : "a-manager", claimed ? null : decided,
                status == EvidenceStatus.REJECTED ? "not what was seen" : null, "example", recorded, null, null);
    }

    /** A rating of one key theme ({@code competencyId.keyThemeId}) at a level, validated the day it was observed. */
    static Evidence rating(String id, String competencyId, String keyThemeId, String levelId, EvidenceSource source,
            LocalDate observed) {
        return new Evidence(id, competencyId, null, keyThemeId, levelId, source, EvidenceStatus.VALIDATED, observed,
                "a-manager", observed, null, "example", observed, null, null);
    }

    static Employee employee(String frameworkId, String currentRoleId, Evidence... evidence) {
        return new Employee("e-1", "A Person", frameworkId, currentRoleId, null, null, null, List.of(evidence));
    }
}
