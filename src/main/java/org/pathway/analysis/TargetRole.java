package org.pathway.analysis;

/** A role the employee is assessed against in this analysis. */
public record TargetRole(String roleId, int seniority, int essentialCount) {
}
