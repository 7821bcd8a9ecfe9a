package org.pathway.framework;

/**
 * One level of a scale: the framework's own label beside a normalised rank (1 = lowest), since numbering differs
 * between frameworks (Ashfield's "Level 1" is the most senior). {@code described} is false for mid-points with no text.
 */
public record Level(String id, String label, int rank, boolean described) {
}
