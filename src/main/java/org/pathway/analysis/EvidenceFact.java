package org.pathway.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.kie.api.definition.type.ClassReactive;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Polarity;

/**
 * One piece of an employee's evidence as the rules see it at the analysis date {@code asOf}: {@code ratingRank} is the
 * rank of the rating given (0 for indicator evidence); {@code ratedByLetter} whether its framework rates competencies
 * by letter (key-theme ratings, Cherwell); {@code observer} who observed it when the record names them (a 360 peer),
 * else null; {@code status} its status as it stood on the analysis date; {@code daysOld} its age in days then;
 * {@code sequence} orders the employee's evidence for tie-breaks; {@code planned} marks evidence a development plan
 * expects its activities to produce, used only to project readiness. Facts are never modified, so they are class
 * reactive: the window rules call {@link #observedWithin} with a policy value.
 */
@ClassReactive
public record EvidenceFact(
        String evidenceId,
        int sequence,
        String competencyId,
        String indicatorId,
        String keyThemeId,
        int ratingRank,
        boolean ratedByLetter,
        Polarity polarity,
        EvidenceSource source,
        String observer,
        EvidenceStatus status,
        LocalDate observedOn,
        LocalDate asOf,
        long daysOld,
        boolean planned) {

    public EvidenceFact(String evidenceId, int sequence, String competencyId, String indicatorId, String keyThemeId,
            int ratingRank, boolean ratedByLetter, Polarity polarity, EvidenceSource source, String observer,
            EvidenceStatus status, LocalDate observedOn, LocalDate asOf, boolean planned) {
        this(evidenceId, sequence, competencyId, indicatorId, keyThemeId, ratingRank, ratedByLetter, polarity, source,
                observer, status, observedOn, asOf, observedOn.until(asOf, ChronoUnit.DAYS), planned);
    }

    /** A statement (indicator evidence) where competencies are rated by letter: not a rating. */
    public boolean statementOnLetterScale() {
        return ratedByLetter && ratingRank == 0;
    }

    /** The first day of a window of {@code months} ending on the analysis date. */
    public LocalDate windowStart(int months) {
        return asOf.minusMonths(months);
    }

    /** Whether it was observed on or after the first day of a window of {@code months} ending on the analysis date. */
    public boolean observedWithin(int months) {
        return !observedOn.isBefore(windowStart(months));
    }
}
