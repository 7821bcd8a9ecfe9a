package org.pathway.web.people;

import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.List;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceStatus;
import org.pathway.people.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The evidence lifecycle over the API: record, change, validate or reject, delete; each change audited. */
@RestController
@RequestMapping("/api/employees/{employeeId}/evidence")
class EvidenceController {

    private final EvidenceLedger ledger;
    private final Access access;

    EvidenceController(EvidenceLedger ledger, Access access) {
        this.ledger = ledger;
        this.access = access;
    }

    /** A manager's decision on claimed evidence. */
    record Decision(EvidenceStatus decision, String reason) {
    }

    @GetMapping
    List<Evidence> list(@PathVariable String employeeId, @AuthenticationPrincipal PathwayUser user) {
        Employee employee = ledger.employee(employeeId);
        access.requireView(user, employee);
        return employee.evidence();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Evidence record(@PathVariable String employeeId, @Valid @RequestBody EvidenceDraft draft,
            @AuthenticationPrincipal PathwayUser user) {
        access.requireView(user, ledger.employee(employeeId));
        return ledger.record(employeeId, draft, user.username());
    }

    @PutMapping("/{evidenceId}")
    Evidence change(@PathVariable String employeeId, @PathVariable String evidenceId,
            @Valid @RequestBody EvidenceDraft draft, @AuthenticationPrincipal PathwayUser user) {
        access.requireView(user, ledger.employee(employeeId));
        return ledger.change(employeeId, evidenceId, draft, user.username());
    }

    @PostMapping("/{evidenceId}/decision")
    Evidence decide(@PathVariable String employeeId, @PathVariable String evidenceId, @RequestBody Decision decision,
            @AuthenticationPrincipal PathwayUser user) {
        access.requireManagerOf(user, ledger.employee(employeeId));
        if (decision.decision() == EvidenceStatus.VALIDATED) {
            return ledger.validate(employeeId, evidenceId, user.username());
        }
        if (decision.decision() == EvidenceStatus.REJECTED) {
            return ledger.reject(employeeId, evidenceId, decision.reason(), user.username());
        }
        throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("decision",
                "expected VALIDATED or REJECTED, found " + decision.decision())));
    }

    @DeleteMapping("/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String employeeId, @PathVariable String evidenceId,
            @AuthenticationPrincipal PathwayUser user) {
        Employee employee = ledger.employee(employeeId);
        access.requireView(user, employee);
        if (!user.is(Role.ADMIN) && !employee.id().equals(user.employeeId())) {
            throw new org.springframework.security.access.AccessDeniedException("only the employee or an admin deletes evidence");
        }
        ledger.delete(employeeId, evidenceId, user.username());
    }
}
