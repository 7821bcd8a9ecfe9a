package org.pathway.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathway.audit.AuditEvent;
import org.pathway.audit.AuditTrail;
import org.pathway.problem.NotFoundException;
import org.pathway.security.AppUser;
import org.pathway.security.Role;
import org.pathway.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (UK GDPR): subject access (everything held about them, their account, and what
 * they did to others' records without those people's data) and erasure, which ends the person: record and evidence
 * gone, account disabled and unlinked, their reports left without a manager, their decisions and recordings kept
 * without their name, and their id never given to anyone else.
 */
@Service
public class SubjectRights {

    /** What an erased person's name is replaced by where their decisions and recordings are kept. */
    public static final String ERASED = "erased";

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final ErasedEmployeeRepository erased;
    private final EvidenceLedger ledger;
    private final ProtectedCharacteristics characteristics;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectRights(EmployeeRepository employees, EvidenceRepository evidence, ErasedEmployeeRepository erased,
            EvidenceLedger ledger, ProtectedCharacteristics characteristics, UserAccounts accounts, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.erased = erased;
        this.ledger = ledger;
        this.characteristics = characteristics;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A person's account as subject access shows it: no password hash. */
    public record Account(String username, Role role, boolean enabled) {
    }

    /** Everything held about a person, their protected characteristics with it. */
    public record SubjectAccess(Employee employee, Account account, List<AuditEvent> audit,
            List<AuditTrail.Action> actionsOnOthers) {
    }

    /** Subject access by {@code actor} (the person or an admin); reading the characteristics is audited. */
    @Transactional
    public SubjectAccess export(String employeeId, String actor) {
        Employee employee = ledger.employee(employeeId).withCharacteristics(characteristics.of(employeeId));
        audit.record(actor, "READ", ProtectedCharacteristics.AUDITED_AS, "subject access", employeeId, null, null);
        Optional<AppUser> account = accounts.accountOf(employeeId);
        return new SubjectAccess(employee,
                account.map(a -> new Account(a.getUsername(), a.getRole(), a.isEnabled())).orElse(null),
                audit.ofEmployee(employeeId),
                account.map(a -> audit.actionsBy(a.getUsername(), employeeId)).orElse(List.of()));
    }

    /** Whether the id was once a person's who has been erased (so it may not be given to anyone else). */
    public boolean wasErased(String employeeId) {
        return erased.existsById(employeeId);
    }

    @Transactional
    public void erase(String employeeId, String actor) {
        EmployeeEntity person = employees.findById(employeeId)
                .orElseThrow(() -> new NotFoundException("no employee '" + employeeId + "'"));
        Optional<String> username = accounts.disableAccountOf(employeeId);
        List<String> names = new ArrayList<>(List.of(employeeId));
        username.ifPresent(names::add);
        List<String> reports = employees.findByManagerIdOrderById(employeeId).stream().map(EmployeeEntity::getId)
                .toList();
        employees.clearManager(employeeId);
        evidence.replaceValidator(names, ERASED);
        evidence.replaceRecorder(names, ERASED);
        evidence.deleteByEmployeeId(employeeId);
        characteristics.erase(employeeId);
        employees.delete(person);
        erased.save(new ErasedEmployee(employeeId, clock.instant()));
        audit.eraseStatesOf(employeeId);
        audit.record(actor, "ERASE", "employee", employeeId, employeeId, null, null);
        events.publishEvent(new PersonErased(employeeId, username.orElse(null)));
        Set<String> changed = new HashSet<>(reports);
        changed.add(employeeId);
        events.publishEvent(new PeopleChanged(changed));
    }
}
