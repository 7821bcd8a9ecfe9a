package org.pathway.analysis;

import java.util.List;

/** A role on the framework's career ladder and the rungs directly above it. */
public record RoleRung(String roleId, List<String> nextRoleIds) {
}
