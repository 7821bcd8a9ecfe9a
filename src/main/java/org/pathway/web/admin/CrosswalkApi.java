package org.pathway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.pathway.crosswalk.Crosswalk;
import org.pathway.crosswalk.CrosswalkLink;
import org.pathway.crosswalk.CrosswalkReview;
import org.pathway.crosswalk.CrosswalkSuggestions;
import org.pathway.crosswalk.SuggestedCrosswalk;
import org.pathway.crosswalk.SuggestedLink;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.security.PathwayUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewing crosswalks over the API (admins): a pair's crosswalk in use (also its dataset file, {@code ?download}),
 * fresh suggestions, a decision on one link (accept, reject or edit its strength), and importing a crosswalk file.
 */
@RestController
@RequestMapping("/api/admin/crosswalks")
class CrosswalkApi {

    private final CrosswalkReview review;
    private final FrameworkCatalogue frameworks;
    private final CrosswalkSuggestions suggestions;

    CrosswalkApi(CrosswalkReview review, FrameworkCatalogue frameworks, CrosswalkSuggestions suggestions) {
        this.review = review;
        this.frameworks = frameworks;
        this.suggestions = suggestions;
    }

    @GetMapping("/{from}/{to}")
    ResponseEntity<Crosswalk> crosswalk(@PathVariable String from, @PathVariable String to,
            @RequestParam(required = false) String download) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (download != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + from + "--" + to + ".json\"");
        }
        return ok.body(review.crosswalk(from, to));
    }

    /** Fresh suggestions: competency links, indicator links and role rungs, each list as the command line gives it. */
    @GetMapping("/{from}/{to}/suggestions")
    Map<String, Object> suggestions(@PathVariable String from, @PathVariable String to) {
        SuggestedCrosswalk suggested = suggestions.current().suggest(from, to);
        return Map.of("competencies", SuggestedLink.of(suggested.competencies()),
                "indicators", SuggestedLink.of(suggested.indicators()), "roles", suggested.roles());
    }

    @PutMapping("/{from}/{to}/links")
    CrosswalkLink decide(@PathVariable String from, @PathVariable String to,
            @RequestBody CrosswalkReview.Decision decision, @AuthenticationPrincipal PathwayUser user) {
        return review.decide(from, to, decision, user.username());
    }

    @PostMapping("/import")
    Crosswalk importFile(HttpServletRequest request, @RequestParam(defaultValue = "crosswalk.json") String file,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return review.importFile(file, request.getInputStream().readAllBytes(), user.username());
    }

    /** Every pair with its links counted by status. */
    @GetMapping
    List<Map<String, Object>> pairs() {
        return frameworks.all().stream().flatMap(from -> frameworks.all().stream()
                .filter(to -> !to.id().equals(from.id())).map(to -> review.crosswalk(from.id(), to.id())))
                .map(c -> Map.<String, Object>of("from", c.from(), "to", c.to(), "links", c.links().size(),
                        "agreed", c.agreed().size())).toList();
    }
}
