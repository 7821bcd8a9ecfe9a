package org.pathway.analysis;

/** A path up the ladder with the readiness for its final role, by which paths are ranked. */
public record PromotionPath(LadderPath path, Verdict verdict, int score, String rule) {
}
