package org.pathway.employee;

import java.util.List;

/** A person, the framework their council uses, their current role and unit, and their evidence. */
public record Employee(
        String id,
        String name,
        String frameworkId,
        String currentRoleId,
        Unit unit,
        String managerId,
        double contractedHours,
        List<Evidence> evidence) {

    public Employee {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
