package org.pathway.people;

/**
 * Published when a person is erased, in the erasure's transaction: whatever else holds data about them (plan jobs,
 * caches) drops it. {@code username} is their account's, or null when they had none.
 */
public record PersonErased(String employeeId, String username) {
}
