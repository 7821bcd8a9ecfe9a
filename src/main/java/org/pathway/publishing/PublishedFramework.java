package org.pathway.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published framework as stored: its dataset JSON, and its role profiles' when it came with them. */
@Entity
@Table(name = "published_framework")
public class PublishedFramework {

    @Id
    @Column(name = "framework_id")
    private String frameworkId;
    @Column(name = "framework_json")
    private String frameworkJson;
    @Column(name = "roles_json")
    private String rolesJson;
    @Column(name = "source_file")
    private String sourceFile;
    private String format;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected PublishedFramework() {
    }

    PublishedFramework(String frameworkId, String frameworkJson, String rolesJson, String sourceFile, String format,
            String publishedBy, Instant publishedAt) {
        this.frameworkId = frameworkId;
        this.frameworkJson = frameworkJson;
        this.rolesJson = rolesJson;
        this.sourceFile = sourceFile;
        this.format = format;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    String getFrameworkJson() {
        return frameworkJson;
    }

    String getRolesJson() {
        return rolesJson;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
