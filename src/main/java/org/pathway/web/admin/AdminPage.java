package org.pathway.web.admin;

import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleBaseHolder;
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

    AdminPage(FrameworkCatalogue frameworks, RoleCatalogue roles, RuleBaseHolder rules) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.rules = rules;
    }

    @GetMapping("/admin")
    String page(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("roles", roles);
        model.addAttribute("ruleFiles", rules.get().files());
        return "pages/admin";
    }

    @PostMapping("/admin/rules/reload")
    String reload(Model model) {
        model.addAttribute("reload", rules.reload());
        return page(model);
    }
}
