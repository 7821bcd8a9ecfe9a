package org.pathway.crosswalk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A link of a crosswalk: from a competency (or one of its indicators) of one framework to one of another, its strength,
 * its review status, the suggester's score and words where it suggested it, and who decided it when.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CrosswalkLink(String fromCompetency, String fromIndicator, String toCompetency, String toIndicator,
        Strength strength, LinkStatus status, Double score, List<String> matched, String decidedBy, Instant decidedAt) {

    public CrosswalkLink {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    @JsonIgnore
    public boolean agreed() {
        return status == LinkStatus.AGREED;
    }

    /** The same link with a reviewer's decision. */
    public CrosswalkLink decided(Strength strength, LinkStatus status, String by, Instant at) {
        return new CrosswalkLink(fromCompetency, fromIndicator, toCompetency, toIndicator, strength, status, score,
                matched, by, at);
    }

    /** The same link with the suggester's score it had. */
    public CrosswalkLink withScore(Double suggestedScore) {
        return new CrosswalkLink(fromCompetency, fromIndicator, toCompetency, toIndicator, strength, status,
                suggestedScore, matched, decidedBy, decidedAt);
    }

    /** Whether this link joins the same items as the other (whatever its strength and status). */
    public boolean sameItems(CrosswalkLink other) {
        return fromCompetency.equals(other.fromCompetency) && toCompetency.equals(other.toCompetency)
                && java.util.Objects.equals(fromIndicator, other.fromIndicator)
                && java.util.Objects.equals(toIndicator, other.toIndicator);
    }
}
