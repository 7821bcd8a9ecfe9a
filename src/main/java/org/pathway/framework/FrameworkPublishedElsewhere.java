package org.pathway.framework;

/**
 * A framework was published on another instance of the same database: this instance puts the stored publication in
 * use (README "Operations: containers and several instances").
 */
public record FrameworkPublishedElsewhere(String frameworkId) {
}
