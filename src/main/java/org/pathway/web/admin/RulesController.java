package org.pathway.web.admin;

import org.pathway.rules.RuleBaseHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins reload the rules folder: compiled first, swapped in only if it compiles; 422 with file and line if not. */
@RestController
class RulesController {

    private final RuleBaseHolder rules;

    RulesController(RuleBaseHolder rules) {
        this.rules = rules;
    }

    @PostMapping("/api/admin/rules/reload")
    ResponseEntity<RuleBaseHolder.Reload> reload() {
        RuleBaseHolder.Reload reload = rules.reload();
        return ResponseEntity.status(reload.replaced() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(reload);
    }
}
