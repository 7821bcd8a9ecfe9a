package org.pathway.people;

import java.time.LocalDate;

/**
 * One piece of evidence about an employee's behaviour: either about one indicator ({@code indicatorId}), or a rating of
 * one key theme on a rating scale ({@code keyThemeId} + {@code ratingLevelId}), with its source, status and dates.
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
        String example) {

    public boolean givesRating() {
        return ratingLevelId != null;
    }
}
