package org.pathway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to audited data: who, when, what, and the state before and after (JSON). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    private String entity;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "employee_id")
    private String employeeId;
    @Column(name = "before_state")
    private String beforeState;
    @Column(name = "after_state")
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String entity, String entityId, String employeeId,
            String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.employeeId = employeeId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** Removes the personal data an erasure must not leave behind, keeping the fact that something happened. */
    void erase() {
        beforeState = beforeState == null ? null : "[erased]";
        afterState = afterState == null ? null : "[erased]";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntity() {
        return entity;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
