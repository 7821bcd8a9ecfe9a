package org.pathway.web.merger;

import java.util.List;
import org.pathway.framework.FrameworkCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The merger page (workforce planners and admins): choose the workforces and the merged framework, see the result. */
@Controller
class MergerPage {

    private final MergerSimulations simulations;
    private final FrameworkCatalogue frameworks;

    MergerPage(MergerSimulations simulations, FrameworkCatalogue frameworks) {
        this.simulations = simulations;
        this.frameworks = frameworks;
    }

    @GetMapping("/merger")
    String page(@RequestParam(required = false) List<String> workforces, @RequestParam(required = false) String into,
            @RequestParam(defaultValue = "false") boolean acceptSuggested, Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("chosen", workforces == null ? List.of() : workforces);
        model.addAttribute("into", into);
        model.addAttribute("acceptSuggested", acceptSuggested);
        if (workforces != null && into != null) {
            if (workforces.size() < 2) {
                model.addAttribute("problem", "Choose two or more workforces to merge.");
            } else {
                var report = simulations.simulate(workforces, into, acceptSuggested);
                model.addAttribute("report", report);
                model.addAttribute("intoName", frameworks.get(into).name());
                model.addAttribute("names", frameworks.all().stream().collect(java.util.stream.Collectors.toMap(
                        f -> f.id(), f -> f.name())));
            }
        }
        return "pages/merger";
    }
}
