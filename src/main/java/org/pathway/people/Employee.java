package org.pathway.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A person, the framework their council uses, their current role and unit, and their evidence. Contracted hours are
 * a full-time 37 a week unless the record says otherwise. Protected characteristics and an expected leaving date are
 * optional: employee and workforce files may carry them; in the service the characteristics are stored apart
 * ({@link ProtectedCharacteristics}) and records read from the ledger carry none.
 */
public record Employee(
        String id,
        String name,
        String frameworkId,
        String currentRoleId,
        Unit unit,
        String managerId,
        Double contractedHours,
        List<Evidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Characteristics characteristics,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate expectedLeavingOn) {

    public static final double FULL_TIME_HOURS = 37;

    public Employee {
        contractedHours = contractedHours == null ? FULL_TIME_HOURS : contractedHours;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An employee with no characteristics or leaving date recorded. */
    public Employee(String id, String name, String frameworkId, String currentRoleId, Unit unit, String managerId,
            Double contractedHours, List<Evidence> evidence) {
        this(id, name, frameworkId, currentRoleId, unit, managerId, contractedHours, evidence, null, null);
    }

    /** The same employee with these characteristics. */
    public Employee withCharacteristics(Characteristics recorded) {
        return new Employee(id, name, frameworkId, currentRoleId, unit, managerId, contractedHours, evidence, recorded,
                expectedLeavingOn);
    }
}
