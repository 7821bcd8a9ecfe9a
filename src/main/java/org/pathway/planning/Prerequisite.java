package org.pathway.planning;

/** Activity {@code activityId} may only start once {@code requiredActivityId} is complete. */
public record Prerequisite(String activityId, String requiredActivityId) {
}
