package org.pathway.role;

/** Whether a role profile's levels are stated in the source framework or chosen by Pathway as an illustration. */
public enum RoleBasis {
    STATED_IN_SOURCE,
    ILLUSTRATIVE
}
