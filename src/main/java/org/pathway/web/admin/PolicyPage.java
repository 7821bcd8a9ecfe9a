package org.pathway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.security.PathwayUser;
import org.pathway.versions.PolicyVersion;
import org.pathway.versions.PolicyVersions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's policy page: the values in a form, each labelled with its meaning and allowed range; a preview of what a
 * change would do to the stored workforce (verdict transitions by service and role, and the people with the rule behind
 * each change); publishing it with a reason; and the versions, each viewable, comparable and restorable.
 */
@Controller
class PolicyPage {

    private static final int PEOPLE_LISTED = 200;

    private final PolicyVersions versions;

    PolicyPage(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/admin/policy")
    String page(Model model) {
        return page(model, versions.inForceSources().policy());
    }

    private String page(Model model, String policyText) {
        model.addAttribute("inputs", PolicyForm.inputs(policyText));
        model.addAttribute("versions", versions.all());
        model.addAttribute("inForce", versions.inForce());
        model.addAttribute("peopleListed", PEOPLE_LISTED);
        return "pages/policy";
    }

    @PostMapping("/admin/policy/preview")
    String preview(HttpServletRequest request, Model model) {
        String proposal = PolicyForm.policyText(request.getParameterMap());
        try {
            model.addAttribute("preview", versions.preview(versions.inForceSources().withPolicy(proposal)));
            model.addAttribute("proposal", proposal);
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.errors());
        }
        return page(model, proposal);
    }

    @PostMapping("/admin/policy/publish")
    String publish(@RequestParam String proposal, @RequestParam long basedOn, @RequestParam String reason,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        try {
            PolicyVersion published = versions.publish(versions.inForceSources().withPolicy(proposal), basedOn,
                    user.username(), reason);
            redirect.addFlashAttribute("notice", "Version " + published.number() + " (" + published.version()
                    + ") published and in force.");
            return "redirect:/admin/policy";
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.errors());
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        }
        return page(model, proposal);
    }

    @GetMapping("/admin/policy/versions/{number}")
    String version(@PathVariable long number, @RequestParam(required = false) Long compareWith, Model model) {
        model.addAttribute("version", versions.get(number));
        model.addAttribute("files", versions.sources(number).files());
        model.addAttribute("inForce", versions.inForce());
        if (compareWith != null) {
            model.addAttribute("comparison", versions.compare(compareWith, number));
        }
        return "pages/policy-version";
    }

    @PostMapping("/admin/policy/versions/{number}/restore")
    String restore(@PathVariable long number, @RequestParam long basedOn, @RequestParam String reason,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        try {
            PolicyVersion restored = versions.restore(number, basedOn, user.username(), reason);
            redirect.addFlashAttribute("notice", "Version " + number + " restored as version " + restored.number()
                    + " (" + restored.version() + "), in force.");
            return "redirect:/admin/policy";
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.errors());
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        }
        return version(number, null, model);
    }
}
