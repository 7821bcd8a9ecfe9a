package org.pathway.people;

import org.pathway.problem.FieldProblem;
import org.pathway.problem.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.audit.AuditTrail;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of employees and of evidence from CSV: every row is checked first; if any row is bad, nothing is
 * imported and every bad row is reported by line and column; a dry run checks without writing. Imports are audited.
 */
@Service
public class CsvImport {

    /** What an import did (or, in a dry run, would do). */
    public record Result(boolean dryRun, int rows, int imported) {
    }

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final EmployeeCheck employeeCheck;
    private final EvidenceCheck evidenceCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CsvImport(EmployeeRepository employees, EvidenceRepository evidence, AuditTrail audit,
            FrameworkCatalogue frameworks, RoleCatalogue roles, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.audit = audit;
        this.employeeCheck = new EmployeeCheck(frameworks, roles);
        this.evidenceCheck = new EvidenceCheck(frameworks);
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result evidence(String csv, boolean dryRun, String actor) {
        return importAll(csv, List.of("employee_id", "evidence_id", "competency_id", "source", "status", "observed_on"),
                this::checkEvidence, e -> e.getEmployeeId() + ":" + e.evidenceId(), accepted -> {
                    evidence.saveAll(accepted);
                    accepted.forEach(e -> audit.record(actor, "IMPORT", "evidence", e.evidenceId(), e.getEmployeeId(),
                            null, e.toEvidence()));
                    events.publishEvent(new PeopleChanged(accepted.stream().map(EvidenceEntity::getEmployeeId)
                            .collect(Collectors.toSet())));
                }, dryRun);
    }

    @Transactional
    public Result employees(String csv, boolean dryRun, String actor) {
        return importAll(csv, List.of("employee_id", "name", "framework_id", "current_role_id", "contracted_hours"),
                this::checkEmployee, EmployeeEntity::getId, accepted -> {
                    employees.saveAll(accepted);
                    accepted.forEach(e -> audit.record(actor, "IMPORT", "employee", e.getId(), e.getId(), null,
                            e.toEmployee(List.of())));
                    events.publishEvent(new PeopleChanged(accepted.stream().map(EmployeeEntity::getId)
                            .collect(Collectors.toSet())));
                }, dryRun);
    }

    /** Checks every row; all or nothing. */
    private <T> Result importAll(String csv, List<String> required,
            BiFunction<CsvRows.Row, List<InvalidRequestException.FieldError>, T> check, Function<T, String> key,
            Consumer<List<T>> save, boolean dryRun) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        List<CsvRows.Row> rows = CsvRows.parse(csv, required, errors);
        List<T> accepted = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvRows.Row row : rows) {
            T item = check.apply(row, errors);
            if (item != null && !keys.add(key.apply(item))) {
                errors.add(new InvalidRequestException.FieldError("line " + row.line(), "a duplicate of an earlier line"));
            } else if (item != null) {
                accepted.add(item);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!dryRun) {
            save.accept(accepted);
        }
        return new Result(dryRun, rows.size(), dryRun ? 0 : accepted.size());
    }

    private EmployeeEntity checkEmployee(CsvRows.Row row, List<InvalidRequestException.FieldError> errors) {
        String at = "line " + row.line() + " ";
        int before = errors.size();
        String id = row.get("employee_id");
        if (id != null && employees.existsById(id)) {
            errors.add(new InvalidRequestException.FieldError(at + "employee_id", "'" + id + "' is already stored"));
        }
        if (row.get("name") == null) {
            errors.add(new InvalidRequestException.FieldError(at + "name", "expected the employee's name"));
        }
        Double hours = null;
        try {
            hours = Double.valueOf(row.get("contracted_hours"));
        } catch (NumberFormatException | NullPointerException e) {
            errors.add(new InvalidRequestException.FieldError(at + "contracted_hours", "expected hours a week, found '"
                    + row.get("contracted_hours") + "'"));
        }
        if (errors.size() > before) {
            return null;
        }
        Employee candidate = new Employee(id, row.get("name"), row.get("framework_id"), row.get("current_role_id"),
                row.get("directorate") == null ? null : new Unit(row.get("directorate"),
                        row.get("service"), row.get("team")), row.get("manager_id"), hours, List.of());
        List<FieldProblem> problems = employeeCheck.check(candidate);
        problems.forEach(p -> errors.add(atColumn(row, p)));
        return problems.isEmpty() ? EmployeeEntity.of(candidate) : null;
    }

    /** A problem where the file has it: its line and the field's column. */
    private static InvalidRequestException.FieldError atColumn(CsvRows.Row row, FieldProblem problem) {
        return new InvalidRequestException.FieldError("line " + row.line() + " " + problem.field().column(),
                problem.message());
    }

    private EvidenceEntity checkEvidence(CsvRows.Row row, List<InvalidRequestException.FieldError> errors) {
        String at = "line " + row.line() + " ";
        int before = errors.size();
        String employeeId = row.get("employee_id");
        EmployeeEntity owner = employeeId == null ? null : employees.findById(employeeId).orElse(null);
        if (owner == null) {
            errors.add(new InvalidRequestException.FieldError(at + "employee_id", "expected a stored employee's id, found '"
                    + employeeId + "'"));
        }
        EvidenceSource source = parse(EvidenceSource.class, row.get("source"), at + "source", errors);
        EvidenceStatus status = parse(EvidenceStatus.class, row.get("status"), at + "status", errors);
        LocalDate observed = date(row.get("observed_on"), at + "observed_on", errors);
        LocalDate validated = date(row.get("validated_on"), at + "validated_on", errors);
        // unless the file says when it was first recorded: evidence decided elsewhere was recorded by the day it was
        // decided; other evidence enters Pathway the day it is imported
        LocalDate recorded = row.get("recorded_on") != null ? date(row.get("recorded_on"), at + "recorded_on", errors)
                : validated != null ? validated : LocalDate.now(clock);
        if (observed != null && observed.isAfter(LocalDate.now(clock))) {
            errors.add(new InvalidRequestException.FieldError(at + "observed_on", "expected a date not after today, found "
                    + observed));
        }
        if (errors.size() > before) {
            return null;
        }
        Evidence candidate = new Evidence(row.get("evidence_id"), row.get("competency_id"), row.get("indicator_id"),
                row.get("key_theme_id"), row.get("rating_level_id"), source, status, observed, row.get("validated_by"),
                validated, row.get("rejection_reason"), row.get("example"), recorded);
        List<FieldProblem> problems = evidenceCheck.check(owner.getFrameworkId(), candidate);
        problems.forEach(p -> errors.add(atColumn(row, p)));
        return problems.isEmpty() ? EvidenceEntity.of(owner.getId(), candidate) : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
            List<InvalidRequestException.FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidRequestException.FieldError(field, "expected one of "
                    + List.of(type.getEnumConstants()) + ", found '" + value + "'"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<InvalidRequestException.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidRequestException.FieldError(field, "expected a date yyyy-mm-dd, found '" + value + "'"));
            return null;
        }
    }
}
