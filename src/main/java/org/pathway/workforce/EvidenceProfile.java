package org.pathway.workforce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;

/**
 * What one employee's verdicts rest on, as it stood on the analysis date: the evidence they were judged on (known by
 * then, not rejected, observed within the recency window), how much of it is self-recorded, still unvalidated, or
 * leaves the window within {@value #EXPIRING_DAYS} days; and the person's validation queue (claims awaiting a
 * decision, and for how long) and the decisions made on their evidence.
 */
public record EvidenceProfile(int judgedOn, int selfRecorded, int unvalidated, int expiringSoon, int awaiting,
        long awaitingDays, long oldestAwaitingDays, int validated, int rejected) {

    /** How soon evidence leaving the recency window counts as expiring, so that people can renew it. */
    public static final int EXPIRING_DAYS = 90;

    public static final EvidenceProfile NONE = new EvidenceProfile(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The profile of {@code evidence} on {@code asOf} under a recency window of {@code recencyMonths}. */
    public static EvidenceProfile of(Iterable<Evidence> evidence, LocalDate asOf, int recencyMonths) {
        LocalDate windowStart = asOf.minusMonths(recencyMonths);
        LocalDate expiringBy = asOf.plusDays(EXPIRING_DAYS);
        int judgedOn = 0;
        int self = 0;
        int unvalidated = 0;
        int expiring = 0;
        int awaiting = 0;
        long awaitingDays = 0;
        long oldest = 0;
        int validated = 0;
        int rejected = 0;
        for (Evidence e : evidence) {
            if (!e.knownOn(asOf)) {
                continue;
            }
            EvidenceStatus status = e.statusOn(asOf);
            switch (status) {
                case CLAIMED -> {
                    awaiting++;
                    LocalDate since = e.recordedOn() != null ? e.recordedOn() : e.observedOn();
                    long days = ChronoUnit.DAYS.between(since, asOf);
                    awaitingDays += days;
                    oldest = Math.max(oldest, days);
                }
                case VALIDATED -> validated++;
                case REJECTED -> rejected++;
            }
            if (status == EvidenceStatus.REJECTED || e.observedOn().isBefore(windowStart)) {
                continue;
            }
            judgedOn++;
            self += e.source() == EvidenceSource.SELF ? 1 : 0;
            unvalidated += status == EvidenceStatus.CLAIMED ? 1 : 0;
            expiring += e.observedOn().plusMonths(recencyMonths).isAfter(expiringBy) ? 0 : 1;
        }
        return new EvidenceProfile(judgedOn, self, unvalidated, expiring, awaiting, awaitingDays, oldest, validated,
                rejected);
    }

    /** Whether at least half the evidence the verdicts were judged on is self-recorded. */
    public boolean restsOnSelfRecorded() {
        return judgedOn > 0 && 2 * selfRecorded >= judgedOn;
    }

    /** Whether at least half of it is still awaiting validation. */
    public boolean restsOnUnvalidated() {
        return judgedOn > 0 && 2 * unvalidated >= judgedOn;
    }

    /** Whether at least half of it leaves the recency window within {@value #EXPIRING_DAYS} days. */
    public boolean restsOnExpiring() {
        return judgedOn > 0 && 2 * expiringSoon >= judgedOn;
    }
}
