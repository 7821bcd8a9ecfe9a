package org.pathway.web;

import org.pathway.demo.DemoUsers;
import org.pathway.security.PathwayUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and each role's landing page after it. */
@Controller
class HomePage {

    private final ObjectProvider<DemoUsers> demoUsers;

    HomePage(ObjectProvider<DemoUsers> demoUsers) {
        this.demoUsers = demoUsers;
    }

    @GetMapping("/login")
    String login(Model model) {
        DemoUsers demo = demoUsers.getIfAvailable();
        model.addAttribute("demoUsers", demo != null && demo.present());
        return "pages/login";
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal PathwayUser user) {
        return switch (user.role()) {
            case EMPLOYEE -> "redirect:/me";
            case MANAGER -> "redirect:/team";
            case LND -> "redirect:/training-needs";
            case WORKFORCE_PLANNER -> "redirect:/succession";
            case HR_ANALYST -> "redirect:/equality";
            case ADMIN -> "redirect:/admin";
        };
    }
}
