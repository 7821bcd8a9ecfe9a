package org.pathway.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One piece of an employee's evidence as stored. The stored id is the employee's id and the evidence id joined by
 * a colon, so that evidence ids need only be unique per employee, as in the dataset files.
 */
@Entity
@Table(name = "evidence")
public class EvidenceEntity {

    @Id
    private String id;
    @Column(name = "employee_id")
    private String employeeId;
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
    @Version
    private long version;

    protected EvidenceEntity() {
    }

    public static String storedId(String employeeId, String evidenceId) {
        return employeeId + ":" + evidenceId;
    }

    public static EvidenceEntity of(String employeeId, Evidence evidence) {
        EvidenceEntity entity = new EvidenceEntity();
        entity.id = storedId(employeeId, evidence.id());
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
    }

    public Evidence toEvidence() {
        return new Evidence(evidenceId(), competencyId, indicatorId, keyThemeId, ratingLevelId, source, status,
                observedOn, validatedBy, validatedOn, rejectionReason, example, recordedOn);
    }

    /** The evidence id within its employee. */
    public String evidenceId() {
        return id.substring(employeeId.length() + 1);
    }

    public String getEmployeeId() {
        return employeeId;
    }
}
