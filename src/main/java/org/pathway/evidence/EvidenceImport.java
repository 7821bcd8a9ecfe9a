package org.pathway.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathway.audit.AuditTrail;
import org.pathway.dataset.DatasetProblem;
import org.pathway.employee.Employee;
import org.pathway.employee.EmployeeInvariants;
import org.pathway.employee.Evidence;
import org.pathway.employee.EvidenceSource;
import org.pathway.employee.EvidenceStatus;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of evidence from CSV: every row is checked first; if any row is bad, nothing is imported and every bad
 * row is reported with its line; a dry run checks without writing. Imported evidence is audited like any other.
 */
@Service
@Profile("!cli")
public class EvidenceImport {

    static final List<String> COLUMNS = List.of("employee_id", "evidence_id", "competency_id", "indicator_id",
            "key_theme_id", "rating_level_id", "source", "status", "observed_on", "validated_by", "validated_on",
            "rejection_reason", "example");

    /** What an import did (or, in a dry run, would do). */
    public record Result(boolean dryRun, int rows, int imported) {
    }

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final Clock clock;

    EvidenceImport(EmployeeRepository employees, EvidenceRepository evidence, AuditTrail audit,
            FrameworkCatalogue frameworks, RoleCatalogue roles, Clock clock) {
        this.employees = employees;
        this.evidence = evidence;
        this.audit = audit;
        this.frameworks = frameworks;
        this.roles = roles;
        this.clock = clock;
    }

    @Transactional
    public Result run(String csv, boolean dryRun, String actor) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        List<CsvRows.Row> rows = CsvRows.parse(csv, List.of("employee_id", "evidence_id", "competency_id", "source",
                "status", "observed_on"), errors);
        List<EvidenceEntity> accepted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRows.Row row : rows) {
            EvidenceEntity entity = check(row, errors);
            if (entity != null && !ids.add(EvidenceEntity.storedId(entity.getEmployeeId(), entity.evidenceId()))) {
                errors.add(new InvalidRequestException.FieldError("line " + row.line() + " evidence_id",
                        "duplicate evidence id in the file"));
            } else if (entity != null) {
                accepted.add(entity);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!dryRun) {
            evidence.saveAll(accepted);
            accepted.forEach(e -> audit.record(actor, "IMPORT", "evidence", e.evidenceId(), e.getEmployeeId(), null,
                    e.toEvidence()));
        }
        return new Result(dryRun, rows.size(), dryRun ? 0 : accepted.size());
    }

    private EvidenceEntity check(CsvRows.Row row, List<InvalidRequestException.FieldError> errors) {
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
        if (observed != null && observed.isAfter(LocalDate.now(clock))) {
            errors.add(new InvalidRequestException.FieldError(at + "observed_on", "expected a date not after today, found "
                    + observed));
        }
        if (errors.size() > before) {
            return null;
        }
        Evidence candidate = new Evidence(row.get("evidence_id"), row.get("competency_id"), row.get("indicator_id"),
                row.get("key_theme_id"), row.get("rating_level_id"), source, status, observed, row.get("validated_by"),
                validated, row.get("rejection_reason"), row.get("example"));
        if ((candidate.indicatorId() == null) == (candidate.ratingLevelId() == null)) {
            errors.add(new InvalidRequestException.FieldError(at + "indicator_id",
                    "expected either an indicator_id or a key_theme_id with a rating_level_id"));
            return null;
        }
        if (status != EvidenceStatus.CLAIMED && (candidate.validatedBy() == null || validated == null)) {
            errors.add(new InvalidRequestException.FieldError(at + "validated_by",
                    "expected who validated or rejected it and when (validated_by, validated_on)"));
            return null;
        }
        Employee probe = owner.toEmployee(List.of(candidate));
        List<DatasetProblem> problems = new EmployeeInvariants("csv", "", frameworks, roles).check(probe);
        // the checks name JSON fields (indicatorId); the file's columns are snake case (indicator_id)
        problems.forEach(p -> errors.add(new InvalidRequestException.FieldError(at + p.pointer()
                .replaceFirst("^/evidence/0/", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(), p.message())));
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
