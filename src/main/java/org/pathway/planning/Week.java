package org.pathway.planning;

/** A week of a plan's horizon, counted from 0 at the plan's start. */
public record Week(int index) {
}
