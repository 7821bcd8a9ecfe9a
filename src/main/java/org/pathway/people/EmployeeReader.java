package org.pathway.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.FieldProblem;
import org.pathway.role.RoleCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * Reads employees from employee files (one employee) and workforce files ({@code {"employees": [...]}}), singly or a
 * whole folder, and checks each against its framework and role profiles; fails listing every problem.
 */
public final class EmployeeReader {

    private static final String EMPLOYEE_SCHEMA = "employee.schema.json";

    private final EmployeeCheck records;
    private final EvidenceCheck evidenceCheck;

    public EmployeeReader(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.records = new EmployeeCheck(frameworks, roles);
        this.evidenceCheck = new EvidenceCheck(frameworks);
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
                    List<DatasetProblem> broken = check(file, pointer, employee);
                    problems.addAll(broken);
                    return broken.isEmpty();
                });
    }

    /** The record's and each piece of evidence's problems, located by JSON pointer from the file's root. */
    private List<DatasetProblem> check(String file, String pointer, Employee employee) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<FieldProblem> record = records.check(employee);
        record.forEach(p -> problems.add(at(file, pointer, p)));
        if (employee.characteristics() != null) {
            employee.characteristics().problems().forEach(p -> problems.add(at(file, pointer + "/characteristics", p)));
        }
        if (record.stream().anyMatch(p -> p.field() == EmployeeField.FRAMEWORK)) {
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int e = 0; e < employee.evidence().size(); e++) {
            Evidence evidence = employee.evidence().get(e);
            String here = pointer + "/evidence/" + e;
            if (!ids.add(evidence.id())) {
                problems.add(new DatasetProblem(file, here + "/" + EvidenceField.ID.property(),
                        "duplicate evidence id '" + evidence.id() + "'"));
            }
            evidenceCheck.check(employee.frameworkId(), evidence).forEach(p -> problems.add(at(file, here, p)));
        }
        return problems;
    }

    private static DatasetProblem at(String file, String pointer, FieldProblem problem) {
        return new DatasetProblem(file, pointer + "/" + problem.field().property(), problem.message());
    }
}
