package org.pathway.web;

import java.time.LocalDate;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceDraft;

/**
 * Evidence as a page's form sends it: the competency, the behaviour shown, the date as the browser's date field gives
 * it (yyyy-mm-dd) and what was done. Kept as typed, so that a refused form is shown again with the person's words.
 */
public record EvidenceForm(String competencyId, String indicatorId, String observedOn, String example) {

    /** The form filled in with stored evidence, to change it. */
    public static EvidenceForm of(Evidence evidence) {
        return new EvidenceForm(evidence.competencyId(), evidence.indicatorId(), evidence.observedOn().toString(),
                evidence.example());
    }

    /** The draft the ledger records, once {@link EvidenceFormCheck} has found nothing wrong. */
    public EvidenceDraft draft() {
        return new EvidenceDraft(competencyId, indicatorId, null, null, null, LocalDate.parse(observedOn), example,
                null);
    }
}
