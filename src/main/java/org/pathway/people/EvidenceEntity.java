package org.pathway.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One piece of an employee's evidence as stored, keyed by the employee and the evidence id (unique per employee, as in
 * the dataset files). The version makes concurrent changes of one piece fail rather than overwrite each other.
 */
@Entity
@Table(name = "evidence")
@IdClass(EvidenceKey.class)
public class EvidenceEntity {

    @Id
    @Column(name = "employee_id")
    private String employeeId;
    @Id
    @Column(name = "evidence_id")
    private String evidenceId;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "key_theme_id")
    private String keyThemeId;
    @Column(name = "rating_level_id")
    private String ratingLevelId;
    @Enumerated(EnumType.STRING)
    private EvidenceSource source;
    @Enumerated(EnumType.STRING)
    private EvidenceStatus status;
    @Column(name = "observed_on")
    private LocalDate observedOn;
    @Column(name = "validated_by")
    private String validatedBy;
    @Column(name = "validated_on")
    private LocalDate validatedOn;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    private String example;
    @Column(name = "recorded_on")
    private LocalDate recordedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "observed_by")
    private String observedBy;
    /** A wrapper, so that a new row is told from a stored one without reading the database first. */
    @Version
    private Long version;

    protected EvidenceEntity() {
    }

    public static EvidenceEntity of(String employeeId, Evidence evidence) {
        EvidenceEntity entity = new EvidenceEntity();
        entity.evidenceId = evidence.id();
        entity.employeeId = employeeId;
        entity.update(evidence);
        return entity;
    }

    /** Takes every field of the evidence but its id. */
    void update(Evidence evidence) {
        competencyId = evidence.competencyId();
        indicatorId = evidence.indicatorId();
        keyThemeId = evidence.keyThemeId();
        ratingLevelId = evidence.ratingLevelId();
        source = evidence.source();
        status = evidence.status();
        observedOn = evidence.observedOn();
        validatedBy = evidence.validatedBy();
        validatedOn = evidence.validatedOn();
        rejectionReason = evidence.rejectionReason();
        example = evidence.example();
        recordedOn = evidence.recordedOn();
        recordedBy = evidence.recordedBy();
        observedBy = evidence.observedBy();
    }

    public Evidence toEvidence() {
        return new Evidence(evidenceId, competencyId, indicatorId, keyThemeId, ratingLevelId, source, status,
                observedOn, validatedBy, validatedOn, rejectionReason, example, recordedOn, recordedBy, observedBy);
    }

    /** The evidence id within its employee. */
    public String evidenceId() {
        return evidenceId;
    }

    public EvidenceKey key() {
        return new EvidenceKey(employeeId, evidenceId);
    }

    public String getEmployeeId() {
        return employeeId;
    }
}
