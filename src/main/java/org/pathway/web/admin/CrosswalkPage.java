package org.pathway.web.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pathway.crosswalk.Crosswalk;
import org.pathway.crosswalk.CrosswalkLink;
import org.pathway.crosswalk.CrosswalkReview;
import org.pathway.crosswalk.Strength;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's crosswalk review page: pick the two frameworks, then accept or reject each suggested link with its
 * strength; every decision shows who made it and when.
 */
@Controller
class CrosswalkPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private final CrosswalkReview review;
    private final FrameworkCatalogue frameworks;

    CrosswalkPage(CrosswalkReview review, FrameworkCatalogue frameworks) {
        this.review = review;
        this.frameworks = frameworks;
    }

    /** One link as the page shows it: names, never ids. */
    record Row(int index, CrosswalkLink link, String fromName, String toName, String score, String matched,
            String status, String decided) {
    }

    @GetMapping("/admin/crosswalks")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        List<Framework> all = frameworks.all();
        String chosenFrom = from != null ? from : all.get(0).id();
        String chosenTo = to != null ? to : all.stream().map(Framework::id).filter(id -> !id.equals(chosenFrom))
                .findFirst().orElse(chosenFrom);
        model.addAttribute("frameworks", all);
        model.addAttribute("from", chosenFrom);
        model.addAttribute("to", chosenTo);
        model.addAttribute("strengths", Strength.values());
        if (chosenFrom.equals(chosenTo)) {
            model.addAttribute("problem", "Choose two different frameworks: a crosswalk joins two frameworks.");
            return "pages/crosswalks";
        }
        Framework source = frameworks.get(chosenFrom);
        Framework target = frameworks.get(chosenTo);
        Crosswalk crosswalk = review.crosswalk(chosenFrom, chosenTo);
        List<CrosswalkLink> links = crosswalk.links().stream().filter(l -> l.fromIndicator() == null).toList();
        model.addAttribute("fromName", source.name());
        model.addAttribute("toName", target.name());
        model.addAttribute("agreed", crosswalk.agreed().size());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, links.size()).mapToObj(i -> row(i, links.get(i),
                source, target)).toList());
        return "pages/crosswalks";
    }

    @PostMapping("/admin/crosswalks/decide")
    String decide(@RequestParam String from, @RequestParam String to, @RequestParam String fromCompetency,
            @RequestParam String toCompetency, @RequestParam String strength, @RequestParam String status,
            @AuthenticationPrincipal PathwayUser user) {
        review.decide(from, to, new CrosswalkReview.Decision(fromCompetency, null, toCompetency, null, strength, status),
                user.username());
        return "redirect:/admin/crosswalks?from=" + from + "&to=" + to + "#link-" + fromCompetency + "--" + toCompetency;
    }

    private static Row row(int index, CrosswalkLink link, Framework from, Framework to) {
        String status = switch (link.status()) {
            case SUGGESTED -> "Suggested";
            case AGREED -> "Agreed";
            case REJECTED -> "Rejected";
        };
        String decided = link.decidedBy() == null ? "" : "by " + link.decidedBy()
                + (link.decidedAt() == null ? "" : " on " + WHEN.format(link.decidedAt()));
        return new Row(index, link, name(from, link.fromCompetency()), name(to, link.toCompetency()),
                link.score() == null ? "" : String.format("%.2f", link.score()), String.join(", ", link.matched()),
                status, decided);
    }

    private static String name(Framework framework, String competencyId) {
        return framework.competency(competencyId).map(Competency::name).orElse(competencyId);
    }
}
