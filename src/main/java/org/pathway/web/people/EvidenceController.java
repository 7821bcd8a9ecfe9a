package org.pathway.web.people;

import jakarta.validation.Valid;
import java.util.List;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.EvidenceStatus;
import org.pathway.problem.InvalidRequestException;
import org.pathway.security.PathwayUser;
import org.pathway.web.ViewsEmployeeRecord;
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

/**
 * The evidence lifecycle over the API: record, change, validate or reject, remove; each change audited. Who may see
 * the employee is checked here (for a new record, by the ledger on the employee it reads); who may do what to their
 * evidence, by the ledger's recording rules.
 */
@RestController
@RequestMapping("/api/employees/{employeeId}/evidence")
class EvidenceController {

    private final EvidenceLedger ledger;

    EvidenceController(EvidenceLedger ledger) {
        this.ledger = ledger;
    }

    /** A manager's decision on claimed evidence. */
    record Decision(EvidenceStatus decision, String reason) {
    }

    @GetMapping
    @ViewsEmployeeRecord
    List<Evidence> list(@PathVariable String employeeId) {
        return ledger.employee(employeeId).evidence();
    }

    /**
     * Who may see the employee is checked by the ledger on the employee it reads to record the evidence (one read,
     * not two: issue 13), with the same rule and the same "not found" as {@link ViewsEmployeeRecord}.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Evidence record(@PathVariable String employeeId, @Valid @RequestBody EvidenceDraft draft,
            @AuthenticationPrincipal PathwayUser user) {
        return ledger.record(employeeId, draft, user);
    }

    @PutMapping("/{evidenceId}")
    @ViewsEmployeeRecord
    Evidence change(@PathVariable String employeeId, @PathVariable String evidenceId,
            @Valid @RequestBody EvidenceDraft draft, @AuthenticationPrincipal PathwayUser user) {
        return ledger.change(employeeId, evidenceId, draft, user);
    }

    @PostMapping("/{evidenceId}/decision")
    @ViewsEmployeeRecord
    Evidence decide(@PathVariable String employeeId, @PathVariable String evidenceId, @RequestBody Decision decision,
            @AuthenticationPrincipal PathwayUser user) {
        if (decision.decision() == EvidenceStatus.VALIDATED) {
            return ledger.validate(employeeId, evidenceId, user);
        }
        if (decision.decision() == EvidenceStatus.REJECTED) {
            return ledger.reject(employeeId, evidenceId, decision.reason(), user);
        }
        throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("decision",
                "expected VALIDATED or REJECTED, found " + decision.decision())));
    }

    @DeleteMapping("/{evidenceId}")
    @ViewsEmployeeRecord
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String employeeId, @PathVariable String evidenceId,
            @AuthenticationPrincipal PathwayUser user) {
        ledger.delete(employeeId, evidenceId, user);
    }
}
