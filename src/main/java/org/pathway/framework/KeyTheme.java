package org.pathway.framework;

/** A strand of a competency with indicators of its own at each level (Cherwell's key themes). */
public record KeyTheme(String id, String name) {
}
