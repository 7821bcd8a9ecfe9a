package org.pathway.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Records every change to audited data in the same transaction as the change. */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository events;
    private final Clock clock;

    AuditTrail(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(String actor, String action, String entity, String entityId, String employeeId, Object before,
            Object after) {
        events.save(new AuditEvent(Instant.now(clock), actor, action, entity, entityId, employeeId, json(before),
                json(after)));
    }

    public List<AuditEvent> ofEmployee(String employeeId) {
        return events.findByEmployeeIdOrderById(employeeId);
    }

    /** Something a person did to someone else's record, without that person's data: when, what, to what kind. */
    public record Action(Instant occurredAt, String action, String entity) {
    }

    /** What {@code actor} did to others' records (their own left out: those are in their own trail). */
    public List<Action> actionsBy(String actor, String ownEmployeeId) {
        return events.findByActorOrderById(actor).stream()
                .filter(e -> ownEmployeeId == null || !ownEmployeeId.equals(e.getEmployeeId()))
                .map(e -> new Action(e.getOccurredAt(), e.getAction(), e.getEntity())).toList();
    }

    /** Erasure: the employee's audit events keep who did what when, but lose the personal data they held. */
    public void eraseStatesOf(String employeeId) {
        events.findByEmployeeIdOrderById(employeeId).forEach(AuditEvent::erase);
    }

    private static String json(Object state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }
}
