package org.pathway.people;

import java.util.ArrayList;
import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.FieldProblem;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/**
 * What an employee's record must keep, however it arrives (a dataset file, an import, a request): an id that cannot
 * be confused with another's, a name, hours a week that a person can work, a manager who is someone else, a known
 * framework and a role of that framework. Problems are named by {@link EmployeeField}.
 */
public final class EmployeeCheck {

    /** The most hours a week anyone is contracted for (the Working Time Regulations' average). */
    static final double MOST_HOURS = 48;

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public EmployeeCheck(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public List<FieldProblem> check(Employee employee) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!RecordIds.valid(employee.id())) {
            problems.add(new FieldProblem(EmployeeField.ID, RecordIds.expected(employee.id())));
        }
        if (employee.name() == null || employee.name().isBlank()) {
            problems.add(new FieldProblem(EmployeeField.NAME, "expected the employee's name"));
        }
        TextLimits.check(EmployeeField.NAME, employee.name(), TextLimits.NAME, problems);
        if (employee.unit() != null) {
            TextLimits.check(EmployeeField.DIRECTORATE, employee.unit().directorate(), TextLimits.UNIT, problems);
            TextLimits.check(EmployeeField.SERVICE, employee.unit().service(), TextLimits.UNIT, problems);
            TextLimits.check(EmployeeField.TEAM, employee.unit().team(), TextLimits.UNIT, problems);
            unitPart(EmployeeField.DIRECTORATE, employee.unit().directorate(), problems);
            unitPart(EmployeeField.SERVICE, employee.unit().service(), problems);
            unitPart(EmployeeField.TEAM, employee.unit().team(), problems);
        }
        double hours = employee.contractedHours();
        if (!(hours > 0 && hours <= MOST_HOURS)) {
            problems.add(new FieldProblem(EmployeeField.CONTRACTED_HOURS, "expected hours a week above 0 and at most "
                    + MOST_HOURS + ", found " + hours));
        }
        if (employee.managerId() != null && (employee.managerId().equals(employee.id())
                || !RecordIds.valid(employee.managerId()))) {
            problems.add(new FieldProblem(EmployeeField.MANAGER, employee.managerId().equals(employee.id())
                    ? "expected the id of someone else: nobody manages themselves" : RecordIds.expected(employee.managerId())));
        }
        Framework framework = frameworks.find(employee.frameworkId()).orElse(null);
        if (framework == null) {
            problems.add(new FieldProblem(EmployeeField.FRAMEWORK, "expected one of the framework ids "
                    + frameworks.all().stream().map(Framework::id).toList() + ", found '" + employee.frameworkId() + "'"));
        } else if (roles.find(framework.id(), employee.currentRoleId()).isEmpty()) {
            problems.add(new FieldProblem(EmployeeField.CURRENT_ROLE, "expected one of framework '" + framework.id()
                    + "' role ids " + roles.rolesOf(framework.id()).stream().map(RoleProfile::id).toList()
                    + ", found '" + employee.currentRoleId() + "'"));
        }
        return problems;
    }

    /** A unit is a directorate, a service and a team, as in the employee files; the workforce views need all three. */
    private static void unitPart(EmployeeField part, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(part, "expected the " + part.column() + ": a unit is a directorate, a service"
                    + " and a team (leave all three empty for none)"));
        }
    }
}
