package org.pathway.crosswalk;

/**
 * The rung of the other framework's ladder a role corresponds to, suggested from the levels both role profiles require
 * of competencies the crosswalk links: {@code coverage} is the share of the role's requirements whose counterpart the
 * other role requires too, {@code height} each role's required levels as a share of their scales (0-1).
 */
public record RungSuggestion(String fromFramework, String fromRole, String fromTitle, String toFramework, String toRole,
        String toTitle, double coverage, double fromHeight, double toHeight) {
}
