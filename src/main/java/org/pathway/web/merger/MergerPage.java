package org.pathway.web.merger;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merger page (workforce planners and admins): choose the workforces and the merged framework; the simulation
 * runs as a job, and its own page shows how far it has got, then the result, for as long as the job is kept.
 */
@Controller
class MergerPage {

    private final MergerJobs jobs;
    private final FrameworkCatalogue frameworks;

    MergerPage(MergerJobs jobs, FrameworkCatalogue frameworks) {
        this.jobs = jobs;
        this.frameworks = frameworks;
    }

    @GetMapping("/merger")
    String page(Model model) {
        return form(model, List.of(), null, false, null);
    }

    @PostMapping("/merger")
    String start(@RequestParam(required = false) List<String> workforces, @RequestParam String into,
            @RequestParam(defaultValue = "false") boolean acceptSuggested, @AuthenticationPrincipal PathwayUser user,
            Model model) {
        List<String> chosen = workforces == null ? List.of() : workforces;
        if (chosen.size() < 2) {
            return form(model, chosen, into, acceptSuggested, "Choose two or more workforces to merge.");
        }
        return "redirect:/merger/" + jobs.start(user.username(), chosen, into, acceptSuggested);
    }

    @GetMapping("/merger/{jobId}")
    String job(@PathVariable UUID jobId, @AuthenticationPrincipal PathwayUser user, Model model) {
        MergerJobs.JobView job = jobs.view(jobId, user.username(), user.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("no merger simulation '" + jobId + "'"));
        form(model, job.frameworks(), job.into(), job.acceptSuggested(), null);
        model.addAttribute("job", job);
        model.addAttribute("report", job.report());
        model.addAttribute("refresh", job.status().equals("RUNNING"));
        model.addAttribute("intoName", frameworks.get(job.into()).name());
        model.addAttribute("names", frameworks.all().stream().collect(Collectors.toMap(f -> f.id(), f -> f.name())));
        return "pages/merger";
    }

    private String form(Model model, List<String> chosen, String into, boolean acceptSuggested, String problem) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("chosen", chosen);
        model.addAttribute("into", into);
        model.addAttribute("acceptSuggested", acceptSuggested);
        model.addAttribute("problem", problem);
        return "pages/merger";
    }
}
