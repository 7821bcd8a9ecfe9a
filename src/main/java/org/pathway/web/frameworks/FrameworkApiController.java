package org.pathway.web.frameworks;

import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.ScaleKind;
import java.util.List;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The frameworks and their role profiles over the API, for any signed-in user. */
@RestController
@RequestMapping("/api/frameworks")
class FrameworkApiController {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    private final FrameworkDownloads downloads;

    FrameworkApiController(FrameworkCatalogue frameworks, RoleCatalogue roles, FrameworkDownloads downloads) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.downloads = downloads;
    }

    /** A framework in a line. */
    record FrameworkSummary(String id, String name, List<String> organisations, ScaleKind scale, int competencies) {
    }

    @GetMapping
    List<FrameworkSummary> all() {
        return frameworks.all().stream().map(f -> new FrameworkSummary(f.id(), f.name(), f.organisations(),
                f.scale().kind(), f.competencies().size())).toList();
    }

    @GetMapping("/{frameworkId}")
    Framework one(@PathVariable String frameworkId) {
        return frameworks.get(frameworkId);
    }

    @GetMapping("/{frameworkId}/roles")
    List<RoleProfile> roles(@PathVariable String frameworkId) {
        return roles.rolesOf(frameworks.get(frameworkId).id());
    }

    /** The framework as a CASE 1.1 package or the spreadsheet template: {@code ?format=case|xlsx|csv}. */
    @GetMapping("/{frameworkId}/export")
    ResponseEntity<byte[]> export(@PathVariable String frameworkId, @RequestParam String format) {
        return downloads.download(frameworkId, format);
    }
}
