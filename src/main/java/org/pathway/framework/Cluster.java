package org.pathway.framework;

/** A theme or group of competencies; {@code parentId} nests groups under a sub-framework (Cambridge). */
public record Cluster(String id, String name, String description, String parentId) {
}
