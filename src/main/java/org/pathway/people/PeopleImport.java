package org.pathway.people;

import org.pathway.problem.FieldProblem;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.Quotes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * Bulk import of employees and of evidence from HR's files, CSV (read as it arrives) or an XLSX workbook: every row is
 * checked first; if any row is bad, nothing is imported and every bad row is reported by its line, or its sheet and
 * row, and column; a dry run checks without writing. Imports are audited.
 */
@Service
public class PeopleImport {

    /** What an import did (or, in a dry run, would do). */
    public record Result(boolean dryRun, int rows, int imported) {
    }

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final ErasedEmployeeRepository erased;
    private final ProtectedCharacteristics characteristics;
    private final AuditTrail audit;
    private final EmployeeCheck employeeCheck;
    private final EvidenceCheck evidenceCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleImport(EmployeeRepository employees, EvidenceRepository evidence, ErasedEmployeeRepository erased,
            ProtectedCharacteristics characteristics, AuditTrail audit, FrameworkCatalogue frameworks,
            RoleCatalogue roles, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.erased = erased;
        this.characteristics = characteristics;
        this.audit = audit;
        this.employeeCheck = new EmployeeCheck(frameworks, roles);
        this.evidenceCheck = new EvidenceCheck(frameworks);
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result evidence(PeopleFile file, boolean dryRun, String actor) {
        return importAll(file, List.of("employee_id", "evidence_id", "competency_id", "source", "status", "observed_on"),
                rows -> this::checkEvidence, EvidenceEntity::key, accepted -> {
                    evidence.saveAll(accepted);
                    accepted.forEach(e -> audit.record(actor, "IMPORT", "evidence", e.evidenceId(), e.getEmployeeId(),
                            null, e.toEvidence()));
                    events.publishEvent(new PeopleChanged(accepted.stream().map(EvidenceEntity::getEmployeeId)
                            .collect(Collectors.toSet())));
                }, dryRun);
    }

    /** An employee row as checked: the record, and the characteristics the row gives (stored apart). */
    private record CheckedEmployee(EmployeeEntity entity, Characteristics characteristics) {
    }

    @Transactional
    public Result employees(PeopleFile file, boolean dryRun, String actor) {
        return importAll(file, List.of("employee_id", "name", "framework_id", "current_role_id", "contracted_hours"),
                rows -> {
                    Set<String> inFile = rows.stream().map(r -> r.get("employee_id")).filter(Objects::nonNull)
                            .collect(Collectors.toSet());
                    return (row, errors) -> checkEmployee(row, errors, inFile);
                }, checked -> checked.entity().getId(), accepted -> {
                    employees.saveAll(accepted.stream().map(CheckedEmployee::entity).toList());
                    accepted.forEach(e -> audit.record(actor, "IMPORT", "employee", e.entity().getId(),
                            e.entity().getId(), null, e.entity().toEmployee(List.of())));
                    characteristics.store(accepted.stream().filter(e -> !e.characteristics().isEmpty())
                            .collect(Collectors.toMap(e -> e.entity().getId(), CheckedEmployee::characteristics)),
                            actor, "IMPORT");
                    events.publishEvent(new PeopleChanged(accepted.stream().map(e -> e.entity().getId())
                            .collect(Collectors.toSet())));
                }, dryRun);
    }

    /**
     * Protected characteristics of stored employees (columns employee_id and any of the characteristics'), each row
     * replacing what was recorded for that person; all or nothing, audited without the values.
     */
    @Transactional
    public Result characteristics(PeopleFile file, boolean dryRun, String actor) {
        return importAll(file, List.of("employee_id"), rows -> this::checkCharacteristics, Map.Entry::getKey,
                accepted -> characteristics.store(accepted.stream().collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)), actor, "IMPORT"), dryRun);
    }

    private Map.Entry<String, Characteristics> checkCharacteristics(ImportRow row,
            List<InvalidRequestException.FieldError> errors) {
        int before = errors.size();
        String id = row.get("employee_id");
        if (id == null || !employees.existsById(id)) {
            errors.add(new InvalidRequestException.FieldError(row.at("employee_id"), "expected a stored employee's id,"
                    + " found " + (id == null ? "none" : Quotes.shortQuote(id))));
        }
        Characteristics values = characteristicsOf(row, errors);
        return errors.size() > before ? null : Map.entry(id, values);
    }

    /** The characteristic columns a row has, each value checked against its vocabulary (case does not matter). */
    private static Characteristics characteristicsOf(ImportRow row, List<InvalidRequestException.FieldError> errors) {
        Map<Characteristic, String> values = new EnumMap<>(Characteristic.class);
        for (Characteristic characteristic : Characteristic.values()) {
            String value = row.get(characteristic.column());
            if (value != null) {
                values.put(characteristic, value.toLowerCase(Locale.ROOT));
            }
        }
        Characteristics read = Characteristics.of(values);
        read.problems().forEach(p -> errors.add(atColumn(row, p)));
        return read;
    }

    /** Checks every row (with a check made for the file's rows); all or nothing. */
    private <T> Result importAll(PeopleFile file, List<String> required,
            Function<List<ImportRow>, BiFunction<ImportRow, List<InvalidRequestException.FieldError>, T>> checks,
            Function<T, Object> key, Consumer<List<T>> save, boolean dryRun) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        List<ImportRow> rows = file.rows(required, errors);
        BiFunction<ImportRow, List<InvalidRequestException.FieldError>, T> check = checks.apply(rows);
        List<T> accepted = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (ImportRow row : rows) {
            T item = check.apply(row, errors);
            if (item != null && !keys.add(key.apply(item))) {
                errors.add(new InvalidRequestException.FieldError(row.at(), "a duplicate of an earlier row"));
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

    private CheckedEmployee checkEmployee(ImportRow row, List<InvalidRequestException.FieldError> errors,
            Set<String> inFile) {
        int before = errors.size();
        String id = row.get("employee_id");
        if (id != null && employees.existsById(id)) {
            errors.add(new InvalidRequestException.FieldError(row.at("employee_id"), Quotes.shortQuote(id)
                    + " is already stored"));
        } else if (id != null && erased.existsById(id)) {
            errors.add(new InvalidRequestException.FieldError(row.at("employee_id"), Quotes.shortQuote(id)
                    + " belonged to a person who was erased; an id is never given to anyone else"));
        }
        Double hours = number(row.get("contracted_hours"), row.at("contracted_hours"), errors);
        Characteristics recorded = characteristicsOf(row, errors);
        LocalDate leaving = date(row.get("expected_leaving_on"), row.at("expected_leaving_on"), errors);
        if (errors.size() > before) {
            return null;
        }
        Employee candidate = new Employee(id, row.get("name"), row.get("framework_id"), row.get("current_role_id"),
                row.get("directorate") == null ? null : new Unit(row.get("directorate"),
                        row.get("service"), row.get("team")), row.get("manager_id"), hours, List.of(), null, leaving);
        List<FieldProblem> problems = new ArrayList<>(employeeCheck.check(candidate));
        String manager = candidate.managerId();
        if (manager != null && !manager.equals(id) && !inFile.contains(manager) && !employees.existsById(manager)) {
            problems.add(new FieldProblem(EmployeeField.MANAGER, "expected the id of a stored employee or of one in"
                    + " this file, found " + Quotes.shortQuote(manager)));
        }
        problems.forEach(p -> errors.add(atColumn(row, p)));
        return problems.isEmpty() ? new CheckedEmployee(EmployeeEntity.of(candidate), recorded) : null;
    }

    /** A number as people write it; "NaN", "Infinity" and the like are not numbers of hours. */
    private static Double number(String value, String field, List<InvalidRequestException.FieldError> errors) {
        if (value != null && value.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            return Double.valueOf(value);
        }
        errors.add(new InvalidRequestException.FieldError(field, "expected hours a week such as 37 or 22.5, found "
                + (value == null ? "none" : Quotes.shortQuote(value))));
        return null;
    }

    /** A problem where the file has it: its row and the field's column. */
    private static InvalidRequestException.FieldError atColumn(ImportRow row, FieldProblem problem) {
        return new InvalidRequestException.FieldError(row.at(problem.field().column()), problem.message());
    }

    private EvidenceEntity checkEvidence(ImportRow row, List<InvalidRequestException.FieldError> errors) {
        int before = errors.size();
        String employeeId = row.get("employee_id");
        EmployeeEntity owner = employeeId == null ? null : employees.findById(employeeId).orElse(null);
        if (owner == null) {
            errors.add(new InvalidRequestException.FieldError(row.at("employee_id"), "expected a stored employee's id, found "
                    + (employeeId == null ? "none" : Quotes.shortQuote(employeeId))));
        } else if (evidence.existsById(new EvidenceKey(employeeId, row.get("evidence_id")))) {
            errors.add(new InvalidRequestException.FieldError(row.at("evidence_id"), "evidence " + Quotes.shortQuote(
                    row.get("evidence_id")) + " of " + employeeId + " is already stored: an import adds evidence, it"
                    + " never overwrites what is stored"));
        }
        EvidenceSource source = parse(EvidenceSource.class, row.get("source"), row.at("source"), errors);
        EvidenceStatus status = parse(EvidenceStatus.class, row.get("status"), row.at("status"), errors);
        LocalDate observed = date(row.get("observed_on"), row.at("observed_on"), errors);
        LocalDate validated = date(row.get("validated_on"), row.at("validated_on"), errors);
        // unless the file says when it was first recorded: evidence decided elsewhere was recorded by the day it was
        // decided; other evidence enters Pathway the day it is imported
        LocalDate recorded = row.get("recorded_on") != null ? date(row.get("recorded_on"), row.at("recorded_on"), errors)
                : validated != null ? validated : LocalDate.now(clock);
        if (observed != null && observed.isAfter(LocalDate.now(clock))) {
            errors.add(new InvalidRequestException.FieldError(row.at("observed_on"), "expected a date not after today, found "
                    + observed));
        }
        if (errors.size() > before) {
            return null;
        }
        Evidence candidate = new Evidence(row.get("evidence_id"), row.get("competency_id"), row.get("indicator_id"),
                row.get("key_theme_id"), row.get("rating_level_id"), source, status, observed, row.get("validated_by"),
                validated, row.get("rejection_reason"), row.get("example"), recorded, null, row.get("observed_by"));
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
                    + List.of(type.getEnumConstants()) + ", found " + (value == null ? "none" : Quotes.shortQuote(value))));
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
