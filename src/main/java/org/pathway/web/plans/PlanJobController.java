package org.pathway.web.plans;

import org.pathway.planning.PlanLimits;
import org.pathway.planning.individual.PlanJobs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.pathway.web.ViewsEmployeeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Development plans over the API, solved as jobs: POST starts one, GET reads it, DELETE stops it. */
@RestController
class PlanJobController {

    private final PlanJobs jobs;
    private final EvidenceLedger ledger;
    private final Clock clock;

    PlanJobController(PlanJobs jobs, EvidenceLedger ledger, Clock clock) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What to plan: the target role and the limits (defaults: £2,000, one day in five, 52 weeks). */
    record PlanRequest(@NotBlank String target, @PositiveOrZero @Max(PlanLimits.MOST_BUDGET) Long budget,
            @Positive Double hoursPerWeek,
            @Min(1) @Max(104) Integer horizonWeeks) {
    }

    @PostMapping("/api/employees/{employeeId}/plans")
    @ViewsEmployeeRecord
    ResponseEntity<Map<String, Object>> start(@PathVariable String employeeId, @Valid @RequestBody PlanRequest request,
            @AuthenticationPrincipal PathwayUser user) {
        Employee employee = ledger.employee(employeeId);
        if (request.hoursPerWeek() != null && request.hoursPerWeek() > employee.contractedHours()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("hoursPerWeek",
                    "expected at most the employee's contracted hours a week, " + employee.contractedHours())));
        }
        PlanLimits limits = new PlanLimits(request.budget() == null ? 2000 : request.budget(),
                request.hoursPerWeek() == null ? PlanLimits.defaultHoursPerWeek(employee.contractedHours())
                        : request.hoursPerWeek(), request.horizonWeeks() == null ? 52 : request.horizonWeeks());
        UUID id = jobs.start(user.username(), employee, request.target(), LocalDate.now(clock), limits);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/plans/" + id))
                .body(Map.of("id", id, "status", "SOLVING"));
    }

    @GetMapping("/api/plans/{jobId}")
    PlanJobs.JobView read(@PathVariable UUID jobId, @AuthenticationPrincipal PathwayUser user) {
        return jobs.view(jobId, user.username(), user.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("no plan job '" + jobId + "'"));
    }

    @DeleteMapping("/api/plans/{jobId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stop(@PathVariable UUID jobId, @AuthenticationPrincipal PathwayUser user) {
        if (!jobs.stop(jobId, user.username(), user.is(Role.ADMIN))) {
            throw new NotFoundException("no plan job '" + jobId + "'");
        }
    }
}
