package org.pathway.role;

import java.util.List;

/** Asked for a role id that the framework's role profiles do not have. */
public class UnknownRoleException extends RuntimeException {

    public UnknownRoleException(String frameworkId, String roleId, List<String> known) {
        super("unknown role '" + roleId + "' in framework '" + frameworkId + "': expected one of " + known);
    }
}
