package org.pathway.people;

import org.pathway.problem.FieldProblem;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.audit.AuditEvent;
import org.pathway.audit.AuditTrail;
import org.pathway.framework.FrameworkCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' evidence over its life: recorded (claimed), changed while claimed, validated or rejected by a manager,
 * deleted; and a person's data exported or erased. Every change is audited in the same transaction.
 */
@Service
public class EvidenceLedger {

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final EvidenceCheck evidenceCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceLedger(EmployeeRepository employees, EvidenceRepository evidence, AuditTrail audit,
            FrameworkCatalogue frameworks, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.audit = audit;
        this.evidenceCheck = new EvidenceCheck(frameworks);
        this.events = events;
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
                null, null, null, draft.example(), LocalDate.now(clock));
        check(owner, created);
        evidence.save(EvidenceEntity.of(employeeId, created));
        audit.record(actor, "CREATE", "evidence", created.id(), employeeId, null, created);
        events.publishEvent(PeopleChanged.of(employeeId));
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
                draft.example(), before.recordedOn());
        check(withoutEvidence(employeeId), after);
        stored.update(after);
        audit.record(actor, "UPDATE", "evidence", evidenceId, employeeId, before, after);
        events.publishEvent(PeopleChanged.of(employeeId));
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
        events.publishEvent(PeopleChanged.of(employeeId));
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
        events.publishEvent(PeopleChanged.of(employeeId));
    }

    private Evidence decide(String employeeId, String evidenceId, String actor, EvidenceStatus status, String reason,
            String action) {
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        Evidence after = new Evidence(before.id(), before.competencyId(), before.indicatorId(), before.keyThemeId(),
                before.ratingLevelId(), before.source(), status, before.observedOn(), actor, LocalDate.now(clock), reason,
                before.example(), before.recordedOn());
        stored.update(after);
        audit.record(actor, action, "evidence", evidenceId, employeeId, before, after);
        events.publishEvent(PeopleChanged.of(employeeId));
        return after;
    }

    private EvidenceEntity stored(String employeeId, String evidenceId) {
        return evidence.findById(EvidenceEntity.storedId(employeeId, evidenceId))
                .orElseThrow(() -> new NotFoundException("no evidence '" + evidenceId + "' for employee '"
                        + employeeId + "'"));
    }

    /** The same check as evidence in a dataset file or an import gets, reported by API property. */
    private void check(Employee owner, Evidence candidate) {
        List<FieldProblem> problems = evidenceCheck.check(owner.frameworkId(), candidate);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
    }
}
