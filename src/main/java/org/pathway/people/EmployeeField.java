package org.pathway.people;

import org.pathway.problem.Field;

/** The fields of an employee's record, as its checks name them. */
public enum EmployeeField implements Field {
    ID("id", "employee_id"),
    NAME("name", "name"),
    FRAMEWORK("frameworkId", "framework_id"),
    CURRENT_ROLE("currentRoleId", "current_role_id"),
    MANAGER("managerId", "manager_id"),
    CONTRACTED_HOURS("contractedHours", "contracted_hours"),
    DIRECTORATE("unit/directorate", "directorate"),
    SERVICE("unit/service", "service"),
    TEAM("unit/team", "team");

    private final String property;
    private final String column;

    EmployeeField(String property, String column) {
        this.property = property;
        this.column = column;
    }

    @Override
    public String property() {
        return property;
    }

    @Override
    public String column() {
        return column;
    }
}
