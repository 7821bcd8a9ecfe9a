package org.pathway.workforce;

import org.pathway.people.Unit;

/** The level at which a view breaks the council down. */
public enum UnitLevel {
    DIRECTORATE,
    SERVICE,
    TEAM;

    /** The unit's name at this level, qualified by the levels above ("Place/Housing"). */
    public String nameOf(Unit unit) {
        if (unit == null) {
            return "(no unit)";
        }
        return switch (this) {
            case DIRECTORATE -> unit.directorate();
            case SERVICE -> unit.directorate() + "/" + unit.service();
            case TEAM -> unit.directorate() + "/" + unit.service() + "/" + unit.team();
        };
    }
}
