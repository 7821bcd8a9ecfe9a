package org.pathway.web.admin;

import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.security.PathwayUser;
import org.pathway.versions.PolicyVersions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The admin's page: the frameworks and role profiles, and reloading the rules with its result. */
@Controller
class AdminPage {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final RuleBaseHolder rules;
    private final PolicyVersions versions;

    AdminPage(FrameworkCatalogue frameworks, RoleCatalogue roles, RuleBaseHolder rules, PolicyVersions versions) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.rules = rules;
        this.versions = versions;
    }

    @GetMapping("/admin")
    String page(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("roles", roles);
        model.addAttribute("ruleFiles", rules.get().files());
        return "pages/admin";
    }

    @PostMapping("/admin/rules/reload")
    String reload(Model model, @AuthenticationPrincipal PathwayUser user) {
        model.addAttribute("reload", versions.reload(user.username()));
        return page(model);
    }
}
