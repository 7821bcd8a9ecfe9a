package org.pathway.framework;

/** A framework (and perhaps its role profiles) was published while the service runs: what was worked out from it is stale. */
public record FrameworkPublished(String frameworkId) {
}
