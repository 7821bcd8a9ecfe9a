package org.pathway.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * Reads employees from employee files (one employee) and workforce files ({@code {"employees": [...]}}), singly or a
 * whole folder, and checks each against its framework and role profiles; fails listing every problem.
 */
public final class EmployeeReader {

    private static final String EMPLOYEE_SCHEMA = "employee.schema.json";

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public EmployeeReader(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    /** One employee's file. */
    public Employee read(Path file) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Employee> employees = readFile(file, problems);
        if (problems.isEmpty() && employees.size() != 1) {
            problems.add(new DatasetProblem(JsonDocuments.displayName(file), "/employees",
                    "expected one employee's file, found a workforce of " + employees.size()));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return employees.get(0);
    }

    /** Every employee in a file or under a folder; fails with every problem if any file is bad. */
    public List<Employee> readAll(Path fileOrFolder) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Employee> employees = readAll(fileOrFolder, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return employees;
    }

    /** Every employee in a file or under a folder, adding problems to the list; ids must be unique across them. */
    public List<Employee> readAll(Path fileOrFolder, List<DatasetProblem> problems) {
        List<Path> files = Files.isDirectory(fileOrFolder) ? WorkforceFiles.under(fileOrFolder) : List.of(fileOrFolder);
        if (files.isEmpty() || !Files.exists(fileOrFolder)) {
            problems.add(new DatasetProblem(JsonDocuments.displayName(fileOrFolder), "",
                    "expected an employee or workforce JSON file, or a folder of them"));
            return List.of();
        }
        List<Employee> employees = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            for (Employee employee : readFile(file, problems)) {
                String earlier = seen.putIfAbsent(employee.id(), JsonDocuments.displayName(file));
                if (earlier != null) {
                    problems.add(new DatasetProblem(JsonDocuments.displayName(file), "/id",
                            "duplicate employee id '" + employee.id() + "', already in " + earlier));
                } else {
                    employees.add(employee);
                }
            }
        }
        return employees;
    }

    private List<Employee> readFile(Path file, List<DatasetProblem> problems) {
        String name = JsonDocuments.displayName(file);
        Optional<JsonNode> document = JsonDocuments.readTree(file, problems);
        if (document.isEmpty()) {
            return List.of();
        }
        JsonNode root = document.get();
        if (!root.has("employees")) {
            return employee(name, "", root, problems).map(List::of).orElse(List.of());
        }
        if (JsonDocuments.bind(name, "", root, "workforce.schema.json", JsonNode.class, problems).isEmpty()) {
            return List.of();
        }
        List<Employee> employees = new ArrayList<>();
        JsonNode items = root.get("employees");
        for (int i = 0; i < items.size(); i++) {
            employee(name, "/employees/" + i, items.get(i), problems).ifPresent(employees::add);
        }
        return employees;
    }

    private Optional<Employee> employee(String file, String pointer, JsonNode node, List<DatasetProblem> problems) {
        return JsonDocuments.bind(file, pointer, node, EMPLOYEE_SCHEMA, Employee.class, problems)
                .filter(employee -> {
                    List<DatasetProblem> broken = new EmployeeInvariants(file, pointer, frameworks, roles).check(employee);
                    problems.addAll(broken);
                    return broken.isEmpty();
                });
    }
}
