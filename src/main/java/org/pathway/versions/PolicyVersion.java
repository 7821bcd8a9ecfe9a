package org.pathway.versions;

import java.time.Instant;

/**
 * A published version of the policy and rules: its number, its name on reports (the first 12 digits of its hash), the
 * full hash, who published it, when and why, and whether it is the version in force.
 */
public record PolicyVersion(long number, String version, String hash, Instant publishedAt, String publishedBy,
        String reason, boolean inForce) {
}
