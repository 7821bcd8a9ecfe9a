package org.pathway.people;

import java.time.LocalDate;

/**
 * One piece of evidence about an employee's behaviour: either about one indicator ({@code indicatorId}), or a rating of
 * one key theme on a rating scale ({@code keyThemeId} + {@code ratingLevelId}), with its source, status and dates:
 * observed, recorded in Pathway ({@code recordedOn}; null when not known, for evidence recorded before Pathway kept the
 * date, which is then taken as recorded when observed), and validated or rejected.
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
        LocalDate recordedOn) {

    /** Evidence whose recording date is not known. */
    public Evidence(String id, String competencyId, String indicatorId, String keyThemeId, String ratingLevelId,
            EvidenceSource source, EvidenceStatus status, LocalDate observedOn, String validatedBy, LocalDate validatedOn,
            String rejectionReason, String example) {
        this(id, competencyId, indicatorId, keyThemeId, ratingLevelId, source, status, observedOn, validatedBy,
                validatedOn, rejectionReason, example, null);
    }

    public boolean givesRating() {
        return ratingLevelId != null;
    }
}
