package org.pathway.analysis;

/**
 * A target role whose report is shown: only for such a role do the rules list the behaviours missing for each gap.
 * Analyses for workforce views and plans have none, since they read verdicts, scores and gaps only.
 */
public record ExplainedRole(String roleId) {
}
