package org.pathway.web.admin;

import org.pathway.rules.RuleBaseHolder;
import org.pathway.people.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins reload the rules folder: compiled first, swapped in only if it compiles; 422 with file and line if not. */
@RestController
class RulesController {

    private final RuleBaseHolder rules;
    private final Access access;

    RulesController(RuleBaseHolder rules, Access access) {
        this.rules = rules;
        this.access = access;
    }

    @PostMapping("/api/admin/rules/reload")
    ResponseEntity<RuleBaseHolder.Reload> reload(@AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.ADMIN);
        RuleBaseHolder.Reload reload = rules.reload();
        return ResponseEntity.status(reload.replaced() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(reload);
    }
}
