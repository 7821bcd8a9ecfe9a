package org.pathway.analysis;

/** An effective indicator the employee has not demonstrated and would need to, to close a gap for a role. */
public record MissingBehaviour(String roleId, String competencyId, String indicatorId, String rule) {
}
