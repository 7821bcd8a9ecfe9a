package org.pathway.web.merger;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merger simulations as jobs (workforce planners and admins): {@code POST /api/merger?frameworks=a,b&into=c
 * [&acceptSuggested=true]} starts one (202, its address in {@code Location}); {@code GET /api/merger/{id}} reads it:
 * RUNNING with how many people are judged so far, then DONE with the report (or FAILED with the reason).
 */
@RestController
class MergerApi {

    private final MergerJobs jobs;

    MergerApi(MergerJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/merger")
    ResponseEntity<Map<String, Object>> start(@RequestParam List<String> frameworks, @RequestParam String into,
            @RequestParam(defaultValue = "false") boolean acceptSuggested, @AuthenticationPrincipal PathwayUser user) {
        UUID id = jobs.start(user.username(), frameworks, into, acceptSuggested);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/merger/" + id))
                .body(Map.of("id", id, "status", "RUNNING"));
    }

    @GetMapping("/api/merger/{jobId}")
    MergerJobs.JobView read(@PathVariable UUID jobId, @AuthenticationPrincipal PathwayUser user) {
        return jobs.view(jobId, user.username(), user.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("no merger simulation '" + jobId + "'"));
    }
}
