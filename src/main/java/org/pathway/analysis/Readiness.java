package org.pathway.analysis;

/** The verdict for a role, its score, and the rule that decided it. */
public record Readiness(String roleId, Verdict verdict, int score, String rule) {
}
