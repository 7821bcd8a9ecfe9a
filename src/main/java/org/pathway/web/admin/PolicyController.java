package org.pathway.web.admin;

import java.util.List;
import java.util.Map;
import org.pathway.policy.PolicyFile;
import org.pathway.policy.PolicySchema;
import org.pathway.problem.InvalidRequestException;
import org.pathway.rules.PolicyComparison;
import org.pathway.security.PathwayUser;
import org.pathway.versions.PolicyVersion;
import org.pathway.versions.PolicyVersions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The policy in HR's hands, for admins: its values (labelled, with meaning and range), its versions (who, when, why,
 * files), a comparison of two, the impact of a proposed policy on the stored workforce, and publishing or restoring a
 * version with a reason. A publication based on a version no longer in force is refused (409).
 */
@RestController
@RequestMapping("/api/admin/policy")
class PolicyController {

    /** A proposed policy: the policy file's JSON object. */
    record Proposal(JsonNode policy) {
    }

    /** A proposed policy to publish, the version it was previewed against, and why. */
    record Publication(JsonNode policy, Long basedOn, String reason) {
    }

    /** Restoring a version: the version in force it replaces, and why. */
    record Restoration(Long basedOn, String reason) {
    }

    /** A version with its files, by path in the rules folder. */
    record VersionFiles(PolicyVersion version, Map<String, String> files) {
    }

    private final PolicyVersions versions;

    PolicyController(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/fields")
    List<PolicySchema.Field> fields() {
        return PolicySchema.shipped().fields();
    }

    @GetMapping("/versions")
    List<PolicyVersion> versions() {
        return versions.all();
    }

    @GetMapping("/versions/{number}")
    VersionFiles version(@PathVariable long number) {
        return new VersionFiles(versions.get(number), versions.sources(number).files());
    }

    @GetMapping("/versions/{from}/compare/{to}")
    PolicyComparison compare(@PathVariable long from, @PathVariable long to) {
        return versions.compare(from, to);
    }

    @PostMapping("/preview")
    PolicyVersions.Preview preview(@RequestBody Proposal proposal) {
        return versions.preview(versions.inForceSources().withPolicy(policyText(proposal.policy())));
    }

    @PostMapping("/publish")
    @ResponseStatus(HttpStatus.CREATED)
    PolicyVersion publish(@RequestBody Publication publication, @AuthenticationPrincipal PathwayUser user) {
        return versions.publish(versions.inForceSources().withPolicy(policyText(publication.policy())),
                basedOn(publication.basedOn()), user.username(), publication.reason());
    }

    @PostMapping("/versions/{number}/restore")
    @ResponseStatus(HttpStatus.CREATED)
    PolicyVersion restore(@PathVariable long number, @RequestBody Restoration restoration,
            @AuthenticationPrincipal PathwayUser user) {
        return versions.restore(number, basedOn(restoration.basedOn()), user.username(), restoration.reason());
    }

    /** The policy file's text for a proposal's JSON object, laid out as the shipped file is. */
    static String policyText(JsonNode policy) {
        if (policy == null || !policy.isObject()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("policy",
                    "expected the policy file's JSON object (see GET /api/admin/policy/fields)")));
        }
        return PolicyFile.text(policy);
    }

    static long basedOn(Long basedOn) {
        if (basedOn == null) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("basedOn",
                    "expected the number of the version in force the proposal was previewed against")));
        }
        return basedOn;
    }
}
