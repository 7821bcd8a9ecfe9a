package org.pathway.web.admin;

import org.pathway.rules.RuleBaseHolder;
import org.pathway.security.PathwayUser;
import org.pathway.versions.PolicyVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins reload the rules folder: compiled first, swapped in only if it compiles; 422 with file and line if not. Rules
 * put in use are recorded as a policy version.
 */
@RestController
class RulesController {

    private final PolicyVersions versions;

    RulesController(PolicyVersions versions) {
        this.versions = versions;
    }

    @PostMapping("/api/admin/rules/reload")
    ResponseEntity<RuleBaseHolder.Reload> reload(@AuthenticationPrincipal PathwayUser user) {
        RuleBaseHolder.Reload reload = versions.reload(user.username());
        return ResponseEntity.status(reload.replaced() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(reload);
    }
}
