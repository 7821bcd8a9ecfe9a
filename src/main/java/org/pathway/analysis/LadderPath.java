package org.pathway.analysis;

import java.util.ArrayList;
import java.util.List;

/** A chain of roles up the career ladder, starting at the employee's current role. */
public record LadderPath(List<String> roleIds) {

    public LadderPath {
        roleIds = List.copyOf(roleIds);
    }

    public String lastRoleId() {
        return roleIds.get(roleIds.size() - 1);
    }

    public int rungs() {
        return roleIds.size() - 1;
    }

    public boolean visits(String roleId) {
        return roleIds.contains(roleId);
    }

    public LadderPath climb(String roleId) {
        List<String> longer = new ArrayList<>(roleIds);
        longer.add(roleId);
        return new LadderPath(longer);
    }
}
