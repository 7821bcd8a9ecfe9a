package org.pathway.people;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotAllowedException;
import org.pathway.security.AppUser;
import org.pathway.security.AppUserRepository;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may record, change, remove and decide a person's evidence, and with which source: the source follows from who
 * records it, never from what the client says. The person records her own observations (SELF) and 360 claims naming
 * the peer (PEER_360); her manager records his (MANAGER); an admin records assessments, qualifications and completed
 * activities; and she records the completion of an activity of her own saved development plan (ACTIVITY), through
 * marking it done ({@link EvidenceLedger#recordCompletion}), never free-form. She changes or removes only her own claims still awaiting a decision; anything else is changed by its
 * recorder and removed by its recorder, the recorder's managers or an admin. Only her manager decides.
 */
@Component
public class RecordingRules {

    private static final Set<EvidenceSource> ADMINS_SOURCES = EnumSet.of(EvidenceSource.ASSESSMENT,
            EvidenceSource.QUALIFICATION, EvidenceSource.ACTIVITY);
    private static final Set<EvidenceSource> OWN_SOURCES = EnumSet.of(EvidenceSource.SELF, EvidenceSource.PEER_360);

    private final EmployeeRepository employees;
    private final AppUserRepository users;

    RecordingRules(EmployeeRepository employees, AppUserRepository users) {
        this.employees = employees;
        this.users = users;
    }

    /** The source evidence recorded by {@code recorder} about {@code subject} has; {@code asked} may choose among them. */
    public EvidenceSource sourceFor(PathwayUser recorder, EmployeeEntity subject, EvidenceSource asked,
            String observedBy) {
        EvidenceSource source = asked != null ? asked : defaultSource(recorder, subject);
        boolean allowed = isSubject(recorder, subject) ? OWN_SOURCES.contains(source)
                : isManagerOf(recorder, subject) ? source == EvidenceSource.MANAGER
                : recorder.is(Role.ADMIN) && ADMINS_SOURCES.contains(source);
        if (!allowed) {
            throw new NotAllowedException(EvidenceField.SOURCE.property(), "you may not record " + source
                    + " evidence about " + subject.getId() + ": a person records her own observations (SELF) and 360"
                    + " claims naming the peer (PEER_360), her manager his own (MANAGER), an admin assessments,"
                    + " qualifications and completed activities");
        }
        if (source == EvidenceSource.PEER_360 && (observedBy == null || observedBy.isBlank())) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError(
                    EvidenceField.OBSERVED_BY.property(), "expected the name of the colleague who observed it")));
        }
        return source;
    }

    /**
     * Marking an activity of a saved development plan done records its completion (ACTIVITY evidence) about the plan's
     * subject: only she may, not her manager, another employee or an admin.
     */
    public void requireMayRecordCompletion(PathwayUser recorder, EmployeeEntity subject) {
        if (!isSubject(recorder, subject)) {
            throw new NotAllowedException("only " + subject.getId() + " may mark the activities of their own"
                    + " development plan done");
        }
    }

    /** Changing evidence still awaiting a decision is for whoever recorded it, or an admin. */
    public void requireMayChange(PathwayUser actor, Evidence stored) {
        if (!actor.is(Role.ADMIN) && !actor.username().equals(stored.recordedBy())) {
            throw new NotAllowedException("only the person who recorded this evidence, or an admin, may change it");
        }
    }

    /**
     * The person removes only her own claims awaiting a decision; anything else is removed by its recorder, the
     * recorder's managers or an admin.
     */
    public void requireMayRemove(PathwayUser actor, EmployeeEntity subject, Evidence stored) {
        if (actor.is(Role.ADMIN)) {
            return;
        }
        if (isSubject(actor, subject)) {
            if (actor.username().equals(stored.recordedBy()) && stored.status() == EvidenceStatus.CLAIMED
                    && OWN_SOURCES.contains(stored.source())) {
                return;
            }
            throw new NotAllowedException("you may remove only your own claims that await a decision; ask your"
                    + " manager or an admin to remove anything else");
        }
        if (!inRecordersLine(actor, stored.recordedBy())) {
            throw new NotAllowedException("only the person who recorded this evidence, their managers or an admin"
                    + " may remove it");
        }
    }

    /** Deciding (validating or rejecting) a person's evidence is for her own manager. */
    public void requireMayDecide(PathwayUser actor, EmployeeEntity subject) {
        if (!isManagerOf(actor, subject)) {
            throw new NotAllowedException("only " + subject.getId() + "'s manager may validate or reject their"
                    + " evidence");
        }
    }

    private static EvidenceSource defaultSource(PathwayUser recorder, EmployeeEntity subject) {
        if (isSubject(recorder, subject)) {
            return EvidenceSource.SELF;
        }
        if (isManagerOf(recorder, subject)) {
            return EvidenceSource.MANAGER;
        }
        throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError(
                EvidenceField.SOURCE.property(), "expected one of " + ADMINS_SOURCES)));
    }

    private static boolean isSubject(PathwayUser user, EmployeeEntity subject) {
        return subject.getId().equals(user.employeeId());
    }

    private static boolean isManagerOf(PathwayUser user, EmployeeEntity subject) {
        return user.is(Role.MANAGER) && user.employeeId() != null && user.employeeId().equals(subject.getManagerId());
    }

    /** Whether the actor recorded the evidence or manages its recorder, directly or further up. */
    private boolean inRecordersLine(PathwayUser actor, String recordedBy) {
        if (recordedBy == null) {
            return false;
        }
        if (recordedBy.equals(actor.username())) {
            return true;
        }
        String employeeId = users.findById(recordedBy).map(AppUser::getEmployeeId).orElse(null);
        Set<String> seen = new HashSet<>();
        while (employeeId != null && seen.add(employeeId)) {
            String managerId = employees.findById(employeeId).map(EmployeeEntity::getManagerId).orElse(null);
            if (managerId != null && managerId.equals(actor.employeeId())) {
                return true;
            }
            employeeId = managerId;
        }
        return false;
    }
}
