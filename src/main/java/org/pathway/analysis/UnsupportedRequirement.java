package org.pathway.analysis;

/** An essential requirement with no counting evidence but some evidence that does not count (yet). */
public record UnsupportedRequirement(String roleId, String competencyId, String rule) {
}
