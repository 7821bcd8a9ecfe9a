package org.pathway.employee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;

/** Reads employee files and checks each against its framework and role profiles; fails listing every problem. */
public final class EmployeeReader {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public EmployeeReader(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public Employee read(Path file) {
        List<DatasetProblem> problems = new ArrayList<>();
        Employee employee = read(file, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return employee;
    }

    /** The employee, or null with the problems added. */
    public Employee read(Path file, List<DatasetProblem> problems) {
        String name = JsonDocuments.displayName(file);
        return JsonDocuments.read(file, "employee.schema.json", Employee.class, problems)
                .filter(employee -> {
                    List<DatasetProblem> broken = new EmployeeInvariants(name, frameworks, roles).check(employee);
                    problems.addAll(broken);
                    return broken.isEmpty();
                })
                .orElse(null);
    }
}
