package org.pathway.interchange;

import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.role.RoleProfile;

/** A framework read from an interchange file and checked like a dataset file, with the role profiles that came with it. */
public record ImportedFramework(Framework framework, List<RoleProfile> roles) {

    public ImportedFramework {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
