package org.pathway.role;

import java.util.List;

/** The contents of one roles file: a framework's role profiles and the notes on how they were derived. */
record RoleProfiles(String frameworkId, List<String> notes, List<RoleProfile> roles) {

    RoleProfiles {
        notes = notes == null ? List.of() : List.copyOf(notes);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
