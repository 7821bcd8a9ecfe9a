package org.pathway.web.frameworks;

import java.util.stream.Collectors;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for browsing the frameworks: the list, one framework as an outline with its role profiles, and its downloads.
 */
@Controller
class FrameworkController {

    private final FrameworkCatalogue catalogue;
    private final RoleCatalogue roles;

    private final FrameworkDownloads downloads;

    FrameworkController(FrameworkCatalogue catalogue, RoleCatalogue roles, FrameworkDownloads downloads) {
        this.catalogue = catalogue;
        this.roles = roles;
        this.downloads = downloads;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/frameworks";
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", catalogue.all());
        return "frameworks/list";
    }

    @GetMapping("/frameworks/{id}")
    String show(@PathVariable String id, Model model) {
        Framework framework = catalogue.get(id);
        model.addAttribute("framework", framework);
        model.addAttribute("roles", roles.rolesOf(framework.id()));
        model.addAttribute("roleTitles", roles.rolesOf(framework.id()).stream()
                .collect(Collectors.toMap(RoleProfile::id, RoleProfile::title)));
        return "frameworks/show";
    }

    /** The framework as a file: {@code ?format=case|xlsx|csv}. */
    @GetMapping("/frameworks/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam String format) {
        return downloads.download(id, format);
    }
}
