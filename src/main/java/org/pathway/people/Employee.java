package org.pathway.people;

import java.util.List;

/**
 * A person, the framework their council uses, their current role and unit, and their evidence. Contracted hours are
 * a full-time 37 a week unless the record says otherwise.
 */
public record Employee(
        String id,
        String name,
        String frameworkId,
        String currentRoleId,
        Unit unit,
        String managerId,
        Double contractedHours,
        List<Evidence> evidence) {

    public static final double FULL_TIME_HOURS = 37;

    public Employee {
        contractedHours = contractedHours == null ? FULL_TIME_HOURS : contractedHours;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
