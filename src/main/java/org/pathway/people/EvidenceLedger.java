package org.pathway.people;

import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathway.audit.AuditEvent;
import org.pathway.audit.AuditTrail;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' evidence over its life: recorded (claimed), changed while claimed, validated or rejected by a manager,
 * deleted; and a person's data exported or erased. Every change is audited in the same transaction.
 */
@Service
@Profile("!cli")
public class EvidenceLedger {

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final Clock clock;

    EvidenceLedger(EmployeeRepository employees, EvidenceRepository evidence, AuditTrail audit,
            FrameworkCatalogue frameworks, RoleCatalogue roles, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.audit = audit;
        this.frameworks = frameworks;
        this.roles = roles;
        this.clock = clock;
    }

    /** Everything subject access returns: the record, the evidence and the audit trail about them. */
    public record SubjectAccess(Employee employee, List<AuditEvent> audit) {
    }

    @Transactional(readOnly = true)
    public Employee employee(String employeeId) {
        EmployeeEntity entity = employees.findById(employeeId)
                .orElseThrow(() -> new NotFoundException("no employee '" + employeeId + "'"));
        return entity.toEmployee(evidence.findByEmployeeIdOrderById(employeeId).stream()
                .map(EvidenceEntity::toEvidence).toList());
    }

    /** The employee's record alone: enough to check new evidence against their framework. */
    private Employee withoutEvidence(String employeeId) {
        return employees.findById(employeeId).map(e -> e.toEmployee(List.of()))
                .orElseThrow(() -> new NotFoundException("no employee '" + employeeId + "'"));
    }

    @Transactional(readOnly = true)
    public List<EmployeeEntity> reportsOf(String managerId) {
        return employees.findByManagerIdOrderById(managerId);
    }

    @Transactional(readOnly = true)
    public List<Employee> all() {
        return employees.findAll().stream().map(e -> employee(e.getId())).toList();
    }

    @Transactional
    public Evidence record(String employeeId, EvidenceDraft draft, String actor) {
        Employee owner = withoutEvidence(employeeId);
        Evidence created = new Evidence(UUID.randomUUID().toString(), draft.competencyId(), draft.indicatorId(),
                draft.keyThemeId(), draft.ratingLevelId(), draft.source(), EvidenceStatus.CLAIMED, draft.observedOn(),
                null, null, null, draft.example());
        check(owner, created);
        evidence.save(EvidenceEntity.of(employeeId, created));
        audit.record(actor, "CREATE", "evidence", created.id(), employeeId, null, created);
        return created;
    }

    @Transactional
    public Evidence change(String employeeId, String evidenceId, EvidenceDraft draft, String actor) {
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        if (before.status() != EvidenceStatus.CLAIMED) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("status",
                    "only claimed evidence can be changed; this is " + before.status())));
        }
        Evidence after = new Evidence(evidenceId, draft.competencyId(), draft.indicatorId(), draft.keyThemeId(),
                draft.ratingLevelId(), draft.source(), EvidenceStatus.CLAIMED, draft.observedOn(), null, null, null,
                draft.example());
        check(withoutEvidence(employeeId), after);
        stored.update(after);
        audit.record(actor, "UPDATE", "evidence", evidenceId, employeeId, before, after);
        return after;
    }

    @Transactional
    public Evidence validate(String employeeId, String evidenceId, String actor) {
        return decide(employeeId, evidenceId, actor, EvidenceStatus.VALIDATED, null, "VALIDATE");
    }

    @Transactional
    public Evidence reject(String employeeId, String evidenceId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("reason",
                    "expected the reason for rejecting the evidence")));
        }
        return decide(employeeId, evidenceId, actor, EvidenceStatus.REJECTED, reason, "REJECT");
    }

    @Transactional
    public void delete(String employeeId, String evidenceId, String actor) {
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        evidence.delete(stored);
        audit.record(actor, "DELETE", "evidence", evidenceId, employeeId, before, null);
    }

    @Transactional(readOnly = true)
    public SubjectAccess export(String employeeId) {
        return new SubjectAccess(employee(employeeId), audit.ofEmployee(employeeId));
    }

    /** Erases the employee and their evidence; the audit trail keeps who did what when, not the personal data. */
    @Transactional
    public void erase(String employeeId, String actor) {
        EmployeeEntity entity = employees.findById(employeeId)
                .orElseThrow(() -> new NotFoundException("no employee '" + employeeId + "'"));
        evidence.deleteByEmployeeId(employeeId);
        employees.delete(entity);
        audit.eraseStatesOf(employeeId);
        audit.record(actor, "ERASE", "employee", employeeId, employeeId, null, null);
    }

    private Evidence decide(String employeeId, String evidenceId, String actor, EvidenceStatus status, String reason,
            String action) {
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        Evidence after = new Evidence(before.id(), before.competencyId(), before.indicatorId(), before.keyThemeId(),
                before.ratingLevelId(), before.source(), status, before.observedOn(), actor, LocalDate.now(clock), reason,
                before.example());
        stored.update(after);
        audit.record(actor, action, "evidence", evidenceId, employeeId, before, after);
        return after;
    }

    private EvidenceEntity stored(String employeeId, String evidenceId) {
        return evidence.findById(EvidenceEntity.storedId(employeeId, evidenceId))
                .orElseThrow(() -> new NotFoundException("no evidence '" + evidenceId + "' for employee '"
                        + employeeId + "'"));
    }

    /** The same checks as a dataset file gets: the competency, indicator, key theme and rating exist. */
    private void check(Employee owner, Evidence candidate) {
        if ((candidate.indicatorId() == null) == (candidate.ratingLevelId() == null)) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("indicatorId",
                    "expected either an indicatorId or a keyThemeId with a ratingLevelId")));
        }
        List<Evidence> one = new ArrayList<>(List.of(candidate));
        Employee probe = new Employee(owner.id(), owner.name(), owner.frameworkId(), owner.currentRoleId(), owner.unit(),
                owner.managerId(), owner.contractedHours(), one);
        List<DatasetProblem> problems = new EmployeeInvariants("request", "", frameworks, roles).check(probe);
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        for (DatasetProblem problem : problems) {
            errors.add(new InvalidRequestException.FieldError(problem.pointer().replaceFirst("^/evidence/0/", ""),
                    problem.message()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
