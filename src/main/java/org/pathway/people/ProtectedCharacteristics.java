package org.pathway.people;

import java.util.Map;
import java.util.stream.Collectors;
import org.pathway.audit.AuditTrail;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protected characteristics: special category data (UK GDPR art. 9). Recorded by import or by an HR analyst or admin
 * over the API; read only for the equality report (council-wide, by group, never one person's) and for the person's
 * subject access; erased with the person. Every recording and every read is in the audit trail, without the values.
 */
@Service
public class ProtectedCharacteristics {

    /** The audit trail's name for this data. */
    static final String AUDITED_AS = "characteristics";

    private final CharacteristicsRepository stored;
    private final EmployeeRepository employees;
    private final AuditTrail audit;

    ProtectedCharacteristics(CharacteristicsRepository stored, EmployeeRepository employees, AuditTrail audit) {
        this.stored = stored;
        this.employees = employees;
        this.audit = audit;
    }

    /**
     * Records (replaces) one person's characteristics; values outside a vocabulary are refused, each named. An empty
     * set removes what was recorded. Audited with the characteristics changed, not their values.
     */
    @Transactional
    public void record(String employeeId, Characteristics values, String actor) {
        if (!employees.existsById(employeeId)) {
            throw new NotFoundException("no employee '" + employeeId + "'");
        }
        if (!values.problems().isEmpty()) {
            throw InvalidRequestException.of(values.problems());
        }
        store(Map.of(employeeId, values), actor, "UPDATE");
    }

    /** Stores checked characteristics of stored employees (an import, the demo council) and audits each. */
    @Transactional
    public void store(Map<String, Characteristics> byEmployee, String actor, String action) {
        byEmployee.forEach((employeeId, values) -> {
            if (values.isEmpty()) {
                stored.deleteById(employeeId);
            } else {
                stored.save(CharacteristicsEntity.of(employeeId, values));
            }
            audit.record(actor, action, AUDITED_AS, employeeId, employeeId, null, values.recorded().keySet());
        });
    }

    /**
     * Everyone's characteristics, by employee id, for a council-wide report; audited as one read by {@code actor} for
     * {@code purpose} (who read special category data, when, what for).
     */
    @Transactional
    public Map<String, Characteristics> forReport(String actor, String purpose) {
        audit.record(actor, "READ", AUDITED_AS, purpose, null, null, null);
        return stored.findAll().stream().collect(Collectors.toMap(CharacteristicsEntity::getEmployeeId,
                CharacteristicsEntity::toCharacteristics));
    }

    /** One person's characteristics, for their subject access only. */
    Characteristics of(String employeeId) {
        return stored.findById(employeeId).map(CharacteristicsEntity::toCharacteristics).orElse(Characteristics.NONE);
    }

    /** Erasure: the person's characteristics go with them. */
    void erase(String employeeId) {
        stored.deleteById(employeeId);
    }
}
