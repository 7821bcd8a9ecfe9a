package org.pathway.analysis;

import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/**
 * One piece of an employee's evidence as the rules see it: {@code monthsOld} is its age in whole months at the analysis
 * date ({@code daysOld} likewise, negative when observed after it); {@code ratingRank} is the rank of the rating given (0 for indicator evidence); {@code sequence} orders the
 * employee's evidence for tie-breaks; {@code planned} marks evidence a development plan expects its activities to
 * produce, used only to project readiness.
 */
public record EvidenceFact(
        String evidenceId,
        int sequence,
        String competencyId,
        String indicatorId,
        String keyThemeId,
        int ratingRank,
        Polarity polarity,
        EvidenceSource source,
        EvidenceStatus status,
        long daysOld,
        long monthsOld,
        boolean planned) {
}
