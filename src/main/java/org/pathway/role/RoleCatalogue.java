package org.pathway.role;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role profiles of every framework, each framework's roles ordered by seniority: those read from the datasets, and
 * those published with a framework while the service runs ({@link #publish}).
 */
public final class RoleCatalogue {

    private final Map<String, List<RoleProfile>> rolesByFramework;

    RoleCatalogue(Map<String, List<RoleProfile>> rolesByFramework) {
        this.rolesByFramework = new ConcurrentHashMap<>(rolesByFramework);
    }

    /** Replaces the role profiles of a framework; callers check them against it first ({@link RoleLoader#check}). */
    public void publish(String frameworkId, List<RoleProfile> roles) {
        rolesByFramework.put(frameworkId, List.copyOf(roles));
    }

    public List<RoleProfile> rolesOf(String frameworkId) {
        return rolesByFramework.getOrDefault(frameworkId, List.of()).stream()
                .sorted(Comparator.comparingInt(RoleProfile::seniority).thenComparing(RoleProfile::id))
                .toList();
    }

    public Optional<RoleProfile> find(String frameworkId, String roleId) {
        return rolesOf(frameworkId).stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    /** Every role reachable up the ladder from {@code roleId} (by {@code nextRoleIds}), nearest first. */
    public List<RoleProfile> rolesAbove(String frameworkId, String roleId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(roleId));
        while (!queue.isEmpty()) {
            for (String next : get(frameworkId, queue.pop()).nextRoleIds()) {
                if (!next.equals(roleId) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen.stream().map(id -> get(frameworkId, id)).toList();
    }

    /** The role, or an exception naming the roles the framework has. */
    public RoleProfile get(String frameworkId, String roleId) {
        return find(frameworkId, roleId).orElseThrow(() -> new UnknownRoleException(frameworkId, roleId,
                rolesOf(frameworkId).stream().map(RoleProfile::id).toList()));
    }
}
