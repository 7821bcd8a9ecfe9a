package org.pathway.security;

/** Published when an account is disabled: whatever holds its sign-in (sessions, verified credentials) lets go. */
public record AccountDisabled(String username) {
}
