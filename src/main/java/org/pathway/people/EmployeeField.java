package org.pathway.people;

import org.pathway.problem.Field;

/** The fields of an employee's record, as its checks name them. */
public enum EmployeeField implements Field {
    ID("id"),
    NAME("name"),
    FRAMEWORK("frameworkId"),
    CURRENT_ROLE("currentRoleId"),
    MANAGER("managerId"),
    CONTRACTED_HOURS("contractedHours");

    private final String property;

    EmployeeField(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
