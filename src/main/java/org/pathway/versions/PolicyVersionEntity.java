package org.pathway.versions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of the policy and rules as stored: its files as JSON (path to text) and their hash. */
@Entity
@Table(name = "policy_version")
class PolicyVersionEntity {

    @Id
    private long number;
    private String hash;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    private String reason;
    private String content;

    protected PolicyVersionEntity() {
    }

    PolicyVersionEntity(long number, String hash, Instant publishedAt, String publishedBy, String reason,
            String content) {
        this.number = number;
        this.hash = hash;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
        this.content = content;
    }

    long number() {
        return number;
    }

    String hash() {
        return hash;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String publishedBy() {
        return publishedBy;
    }

    String reason() {
        return reason;
    }

    String content() {
        return content;
    }
}
