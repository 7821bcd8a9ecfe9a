package org.pathway.analysis;

/** The employee being analysed, as the rules see them. */
public record AnalysisSubject(String employeeId, String frameworkId, String currentRoleId) {
}
