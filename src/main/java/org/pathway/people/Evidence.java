package org.pathway.people;

import java.time.LocalDate;

/**
 * One piece of evidence about an employee's behaviour: either about one indicator ({@code indicatorId}), or a rating of
 * one key theme on a rating scale ({@code keyThemeId} + {@code ratingLevelId}), with its source, status and dates:
 * observed, recorded in Pathway ({@code recordedOn}; null when not known, for evidence recorded before Pathway kept the
 * date, which is then taken as recorded when observed), and validated or rejected. {@code recordedBy} is the user who
 * recorded it in Pathway (null for evidence that came from a dataset file); {@code observedBy} names the colleague who
 * observed a 360 peer claim.
 */
public record Evidence(
        String id,
        String competencyId,
        String indicatorId,
        String keyThemeId,
        String ratingLevelId,
        EvidenceSource source,
        EvidenceStatus status,
        LocalDate observedOn,
        String validatedBy,
        LocalDate validatedOn,
        String rejectionReason,
        String example,
        LocalDate recordedOn,
        String recordedBy,
        String observedBy) {

    /** Evidence whose recording date and recorder are not known. */
    public Evidence(String id, String competencyId, String indicatorId, String keyThemeId, String ratingLevelId,
            EvidenceSource source, EvidenceStatus status, LocalDate observedOn, String validatedBy, LocalDate validatedOn,
            String rejectionReason, String example) {
        this(id, competencyId, indicatorId, keyThemeId, ratingLevelId, source, status, observedOn, validatedBy,
                validatedOn, rejectionReason, example, null, null, null);
    }

    /** The same evidence after a decision: validated or rejected, by whom, when, and why (when rejected). */
    public Evidence decided(EvidenceStatus decision, String by, LocalDate on, String reason) {
        return new Evidence(id, competencyId, indicatorId, keyThemeId, ratingLevelId, source, decision, observedOn, by,
                on, reason, example, recordedOn, recordedBy, observedBy);
    }

    /** Whether Pathway knew of this evidence on {@code date}: it had been observed and recorded by then. */
    public boolean knownOn(LocalDate date) {
        return !observedOn.isAfter(date) && (recordedOn == null || !recordedOn.isAfter(date));
    }

    /** Its status as it stood on {@code date}: a validation or rejection decided after that date was still a claim. */
    public EvidenceStatus statusOn(LocalDate date) {
        return validatedOn != null && validatedOn.isAfter(date) ? EvidenceStatus.CLAIMED : status;
    }

    public boolean givesRating() {
        return ratingLevelId != null;
    }
}
