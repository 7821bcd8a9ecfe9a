package org.pathway.role;

import java.util.List;

/** A role in a framework's career ladder and the competencies it requires. */
public record RoleProfile(
        String id,
        String title,
        int seniority,
        RoleBasis basis,
        String basisNote,
        List<String> nextRoleIds,
        List<Requirement> requirements) {

    public RoleProfile {
        nextRoleIds = nextRoleIds == null ? List.of() : List.copyOf(nextRoleIds);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
