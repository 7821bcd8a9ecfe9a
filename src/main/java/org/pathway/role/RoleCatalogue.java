package org.pathway.role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The role profiles of every framework, each framework's roles ordered by seniority. */
public final class RoleCatalogue {

    private final Map<String, List<RoleProfile>> rolesByFramework;

    RoleCatalogue(Map<String, List<RoleProfile>> rolesByFramework) {
        this.rolesByFramework = Map.copyOf(rolesByFramework);
    }

    public List<RoleProfile> rolesOf(String frameworkId) {
        return rolesByFramework.getOrDefault(frameworkId, List.of()).stream()
                .sorted(Comparator.comparingInt(RoleProfile::seniority).thenComparing(RoleProfile::id))
                .toList();
    }

    public Optional<RoleProfile> find(String frameworkId, String roleId) {
        return rolesOf(frameworkId).stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    /** The role, or an exception naming the roles the framework has. */
    public RoleProfile get(String frameworkId, String roleId) {
        return find(frameworkId, roleId).orElseThrow(() -> new UnknownRoleException(frameworkId, roleId,
                rolesOf(frameworkId).stream().map(RoleProfile::id).toList()));
    }
}
