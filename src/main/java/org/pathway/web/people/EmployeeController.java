package org.pathway.web.people;

import java.util.List;
import org.pathway.people.Characteristics;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.ProtectedCharacteristics;
import org.pathway.people.RecordAccess;
import org.pathway.people.SubjectRights;
import org.pathway.planning.individual.PlanJobs;
import org.pathway.security.PathwayUser;
import org.pathway.web.ViewsEmployeeRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employees' records: one's own, a manager's reports; subject access and erasure (GDPR). */
@RestController
@RequestMapping("/api/employees")
class EmployeeController {

    private final EvidenceLedger ledger;
    private final SubjectRights rights;
    private final PlanJobs planJobs;
    private final RecordAccess records;
    private final ProtectedCharacteristics characteristics;

    EmployeeController(EvidenceLedger ledger, SubjectRights rights, PlanJobs planJobs, RecordAccess records,
            ProtectedCharacteristics characteristics) {
        this.characteristics = characteristics;
        this.ledger = ledger;
        this.rights = rights;
        this.planJobs = planJobs;
        this.records = records;
    }

    /** Subject access: what Pathway holds about the person, and the development plans being worked out for them. */
    record SubjectAccessExport(SubjectRights.SubjectAccess person, List<PlanJobs.JobView> planJobs) {
    }

    /** Who someone is, without their evidence. */
    record EmployeeSummary(String id, String name, String frameworkId, String currentRoleId, String managerId) {
        static EmployeeSummary of(Employee e) {
            return new EmployeeSummary(e.id(), e.name(), e.frameworkId(), e.currentRoleId(), e.managerId());
        }
    }

    @GetMapping("/{employeeId}")
    @ViewsEmployeeRecord
    EmployeeSummary one(@PathVariable String employeeId) {
        return EmployeeSummary.of(ledger.employee(employeeId));
    }

    /** A manager's reports: only those the caller may see. */
    @GetMapping("/{employeeId}/reports")
    @ViewsEmployeeRecord
    List<EmployeeSummary> reports(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        return ledger.reportsOf(employeeId).stream().filter(e -> records.mayView(user, e.getId()))
                .map(e -> EmployeeSummary.of(e.toEmployee(List.of()))).toList();
    }

    /** Subject access: everything held about the person, with the audit trail; for the person or an admin. */
    @GetMapping("/{employeeId}/export")
    @PreAuthorize("@records.visibleTo(principal, #employeeId)"
            + " and (hasRole('ADMIN') or @records.isSelf(principal, #employeeId))")
    SubjectAccessExport export(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        return new SubjectAccessExport(rights.export(employeeId, user.username()), planJobs.about(employeeId));
    }

    /**
     * Records (replaces) a person's protected characteristics, by an HR analyst or admin; nobody reads them back here
     * (the equality report shows only groups; the person sees them in subject access). Audited without the values.
     */
    @PutMapping("/{employeeId}/characteristics")
    @PreAuthorize("hasAnyRole('HR_ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordCharacteristics(@PathVariable String employeeId, @RequestBody Characteristics values,
            @AuthenticationPrincipal PathwayUser user) {
        characteristics.record(employeeId, values, user.username());
    }

    /** Erasure, by an admin; audited without the personal data. */
    @DeleteMapping("/{employeeId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        rights.erase(employeeId, user.username());
    }
}
