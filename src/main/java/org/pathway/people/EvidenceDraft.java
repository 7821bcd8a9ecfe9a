package org.pathway.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Evidence as an employee or manager records it: about one indicator, or a rating of one key theme, with its source,
 * the date it was observed and an example. Status and validation are the service's business.
 */
public record EvidenceDraft(
        @NotBlank @Size(max = 64) String competencyId,
        @Size(max = 160) String indicatorId,
        @Size(max = 64) String keyThemeId,
        @Size(max = 64) String ratingLevelId,
        @NotNull EvidenceSource source,
        @NotNull @PastOrPresent LocalDate observedOn,
        @Size(max = 4000) String example) {
}
