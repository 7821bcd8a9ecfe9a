package org.pathway.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Evidence as someone records it: about one indicator, or a rating of one key theme, the date it was observed and an
 * example. The source follows from who records it ({@link RecordingRules}); it need only be given to choose between
 * those the recorder may use (a 360 peer claim, naming the peer in {@code observedBy}; an admin's assessment,
 * qualification or activity). Status and validation are the service's business.
 */
public record EvidenceDraft(
        @NotBlank @Size(max = 64) String competencyId,
        @Size(max = 160) String indicatorId,
        @Size(max = 64) String keyThemeId,
        @Size(max = 64) String ratingLevelId,
        EvidenceSource source,
        @NotNull @PastOrPresent LocalDate observedOn,
        @Size(max = 4000) String example,
        @Size(max = 200) String observedBy) {
}
