package org.pathway.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.audit.AuditTrail;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.ConflictException;
import org.pathway.problem.FieldProblem;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' evidence over its life: recorded (claimed), changed while claimed, validated or rejected once by the
 * employee's manager, removed. Who may do each is {@link RecordingRules};
 * every change is audited in the same transaction and announced as {@link PeopleChanged}.
 */
@Service
public class EvidenceLedger {

    /** The most ids a query lists; asked for more, the ledger reads everyone's evidence in one query instead. */
    static final int LISTED_IDS = 1000;

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final RecordingRules rules;
    private final RecordAccess records;
    private final EvidenceCheck evidenceCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceLedger(EmployeeRepository employees, EvidenceRepository evidence, AuditTrail audit, RecordingRules rules,
            RecordAccess records, FrameworkCatalogue frameworks, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.audit = audit;
        this.rules = rules;
        this.records = records;
        this.evidenceCheck = new EvidenceCheck(frameworks);
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Employee employee(String employeeId) {
        return subject(employeeId).toEmployee(evidence.findByEmployeeIdOrderByEvidenceId(employeeId).stream()
                .map(EvidenceEntity::toEvidence).toList());
    }

    @Transactional(readOnly = true)
    public List<EmployeeEntity> reportsOf(String managerId) {
        return employees.findByManagerIdOrderById(managerId);
    }

    /** Everyone with their evidence, by id, in two queries. */
    @Transactional(readOnly = true)
    public List<Employee> all() {
        return withEvidence(employees.findAll(), evidence.findAllByOrderByEmployeeIdAscEvidenceIdAsc());
    }

    /**
     * The employees with these ids and their evidence, by id, in two queries (above {@value #LISTED_IDS} ids, everyone's,
     * filtered); ids of no one stored are left out.
     */
    @Transactional(readOnly = true)
    public List<Employee> employees(Collection<String> ids) {
        if (ids.size() > LISTED_IDS) {
            Set<String> wanted = Set.copyOf(ids);
            return all().stream().filter(e -> wanted.contains(e.id())).toList();
        }
        return withEvidence(employees.findAllById(ids), evidence.findByEmployeeIdInOrderByEmployeeIdAscEvidenceIdAsc(ids));
    }

    /** The ids of everyone stored. */
    @Transactional(readOnly = true)
    public List<String> employeeIds() {
        return employees.findAllIds();
    }

    private static List<Employee> withEvidence(List<EmployeeEntity> people, List<EvidenceEntity> theirEvidence) {
        Map<String, List<Evidence>> byEmployee = theirEvidence.stream().collect(Collectors.groupingBy(
                EvidenceEntity::getEmployeeId, Collectors.mapping(EvidenceEntity::toEvidence, Collectors.toList())));
        return people.stream().map(p -> p.toEmployee(byEmployee.getOrDefault(p.getId(), List.of())))
                .sorted(Comparator.comparing(Employee::id)).toList();
    }

    /**
     * Records new evidence. Who may see the employee's record ({@link RecordAccess}) is checked here, on the employee
     * read once for the check and the recording both: a record the recorder may not see is "no employee", as if it did
     * not exist. Three statements: the employee read, the evidence and the audit event inserted.
     */
    @Transactional
    public Evidence record(String employeeId, EvidenceDraft draft, PathwayUser recorder) {
        EmployeeEntity subject = subject(employeeId);
        if (!records.mayView(recorder, subject)) {
            throw new NotFoundException("no employee '" + employeeId + "'");
        }
        Evidence created = insert(subject, draft, rules.sourceFor(recorder, subject, draft.source(),
                draft.observedBy()), recorder);
        events.publishEvent(PeopleChanged.of(employeeId));
        return created;
    }

    /**
     * Records the completion of an activity of the employee's saved development plan: ACTIVITY evidence of each
     * behaviour it develops, claimed for her manager to validate. Only the plan's subject may
     * ({@link RecordingRules#requireMayRecordCompletion}); the drafts come from the saved plan, not from a form.
     */
    @Transactional
    public List<Evidence> recordCompletion(String employeeId, List<EvidenceDraft> drafts, PathwayUser recorder) {
        EmployeeEntity subject = subject(employeeId);
        rules.requireMayRecordCompletion(recorder, subject);
        List<Evidence> created = drafts.stream()
                .map(draft -> insert(subject, draft, EvidenceSource.ACTIVITY, recorder)).toList();
        events.publishEvent(PeopleChanged.of(employeeId));
        return created;
    }

    private Evidence insert(EmployeeEntity subject, EvidenceDraft draft, EvidenceSource source,
            PathwayUser recorder) {
        Evidence created = new Evidence(UUID.randomUUID().toString(), draft.competencyId(), draft.indicatorId(),
                draft.keyThemeId(), draft.ratingLevelId(), source, EvidenceStatus.CLAIMED, draft.observedOn(),
                null, null, null, draft.example(), LocalDate.now(clock), recorder.username(), peer(source, draft));
        check(subject, created);
        evidence.save(EvidenceEntity.of(subject.getId(), created));
        audit.record(recorder.username(), "CREATE", "evidence", created.id(), subject.getId(), null, created);
        return created;
    }

    @Transactional
    public Evidence change(String employeeId, String evidenceId, EvidenceDraft draft, PathwayUser actor) {
        EmployeeEntity subject = subject(employeeId);
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        rules.requireMayChange(actor, before);
        if (before.status() != EvidenceStatus.CLAIMED) {
            throw new ConflictException("only claimed evidence can be changed; this is " + before.status());
        }
        EvidenceSource source = rules.sourceFor(actor, subject, draft.source(), draft.observedBy());
        Evidence after = new Evidence(evidenceId, draft.competencyId(), draft.indicatorId(), draft.keyThemeId(),
                draft.ratingLevelId(), source, EvidenceStatus.CLAIMED, draft.observedOn(), null, null, null,
                draft.example(), before.recordedOn(), before.recordedBy(), peer(source, draft));
        check(subject, after);
        stored.update(after);
        audit.record(actor.username(), "UPDATE", "evidence", evidenceId, employeeId, before, after);
        events.publishEvent(PeopleChanged.of(employeeId));
        return after;
    }

    @Transactional
    public Evidence validate(String employeeId, String evidenceId, PathwayUser manager) {
        return decide(employeeId, evidenceId, manager, EvidenceStatus.VALIDATED, null, "VALIDATE");
    }

    @Transactional
    public Evidence reject(String employeeId, String evidenceId, String reason, PathwayUser manager) {
        if (reason == null || reason.isBlank() || reason.length() > TextLimits.REASON) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("reason",
                    reason == null || reason.isBlank() ? "expected the reason for rejecting the evidence"
                            : "expected at most " + TextLimits.REASON + " characters, found " + reason.length())));
        }
        return decide(employeeId, evidenceId, manager, EvidenceStatus.REJECTED, reason, "REJECT");
    }

    @Transactional
    public void delete(String employeeId, String evidenceId, PathwayUser actor) {
        EmployeeEntity subject = subject(employeeId);
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        rules.requireMayRemove(actor, subject, before);
        evidence.delete(stored);
        audit.record(actor.username(), "DELETE", "evidence", evidenceId, employeeId, before, null);
        events.publishEvent(PeopleChanged.of(employeeId));
    }

    /** A decision is made once, on claimed evidence, by the employee's manager. */
    private Evidence decide(String employeeId, String evidenceId, PathwayUser manager, EvidenceStatus decision,
            String reason, String action) {
        EmployeeEntity subject = subject(employeeId);
        rules.requireMayDecide(manager, subject);
        EvidenceEntity stored = stored(employeeId, evidenceId);
        Evidence before = stored.toEvidence();
        if (before.status() != EvidenceStatus.CLAIMED) {
            throw new ConflictException("this evidence is already " + before.status() + " (by " + before.validatedBy()
                    + " on " + before.validatedOn() + "): a decision is made once");
        }
        Evidence after = before.decided(decision, manager.username(), LocalDate.now(clock), reason);
        stored.update(after);
        audit.record(manager.username(), action, "evidence", evidenceId, employeeId, before, after);
        events.publishEvent(PeopleChanged.of(employeeId));
        return after;
    }

    private static String peer(EvidenceSource source, EvidenceDraft draft) {
        return source == EvidenceSource.PEER_360 ? draft.observedBy().strip() : null;
    }

    private EmployeeEntity subject(String employeeId) {
        return employees.findById(employeeId)
                .orElseThrow(() -> new NotFoundException("no employee '" + employeeId + "'"));
    }

    private EvidenceEntity stored(String employeeId, String evidenceId) {
        return evidence.findById(new EvidenceKey(employeeId, evidenceId))
                .orElseThrow(() -> new NotFoundException("no evidence '" + evidenceId + "' for employee '"
                        + employeeId + "'"));
    }

    /** The same check as evidence in a dataset file or an import gets, reported by API property. */
    private void check(EmployeeEntity owner, Evidence candidate) {
        List<FieldProblem> problems = evidenceCheck.check(owner.getFrameworkId(), candidate);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
    }
}
