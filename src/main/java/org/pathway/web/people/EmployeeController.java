package org.pathway.web.people;

import org.pathway.people.EvidenceLedger;
import java.util.List;
import org.pathway.people.Employee;
import org.pathway.people.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employees' records: one's own, a manager's reports; subject access and erasure (GDPR) for admins. */
@RestController
@RequestMapping("/api/employees")
class EmployeeController {

    private final EvidenceLedger ledger;
    private final Access access;

    EmployeeController(EvidenceLedger ledger, Access access) {
        this.ledger = ledger;
        this.access = access;
    }

    /** Who someone is, without their evidence. */
    record EmployeeSummary(String id, String name, String frameworkId, String currentRoleId, String managerId) {
        static EmployeeSummary of(Employee e) {
            return new EmployeeSummary(e.id(), e.name(), e.frameworkId(), e.currentRoleId(), e.managerId());
        }
    }

    @GetMapping("/{employeeId}")
    EmployeeSummary one(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        Employee employee = ledger.employee(employeeId);
        access.requireView(user, employee);
        return EmployeeSummary.of(employee);
    }

    /** A manager's reports. */
    @GetMapping("/{employeeId}/reports")
    List<EmployeeSummary> reports(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        access.requireView(user, ledger.employee(employeeId));
        return ledger.reportsOf(employeeId).stream().map(e -> EmployeeSummary.of(ledger.employee(e.getId()))).toList();
    }

    /** Subject access: everything held about the person, with the audit trail. */
    @GetMapping("/{employeeId}/export")
    EvidenceLedger.SubjectAccess export(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        Employee employee = ledger.employee(employeeId);
        if (!user.is(Role.ADMIN)) {
            access.requireView(user, employee);
            access.requireRole(user, Role.EMPLOYEE);
        }
        return ledger.export(employeeId);
    }

    /** Erasure, by an admin; audited without the personal data. */
    @DeleteMapping("/{employeeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.ADMIN);
        ledger.erase(employeeId, user.username());
    }
}
