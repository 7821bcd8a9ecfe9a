package org.pathway.people;

import java.util.ArrayList;
import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.FieldProblem;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/**
 * What an employee's record must keep beyond its shape, however it arrives (a dataset file, an import, a request): a
 * known framework and a role of that framework. Problems are named by {@link EmployeeField}.
 */
public final class EmployeeCheck {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public EmployeeCheck(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public List<FieldProblem> check(Employee employee) {
        List<FieldProblem> problems = new ArrayList<>();
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
}
