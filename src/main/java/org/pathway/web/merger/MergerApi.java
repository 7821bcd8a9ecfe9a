package org.pathway.web.merger;

import java.util.List;
import org.pathway.crosswalk.MergerSimulation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/merger?frameworks=a,b&into=c[&acceptSuggested=true]} (workforce planners and admins): the stored
 * workforces of the frameworks judged under {@code into} through the crosswalks' agreed links.
 */
@RestController
class MergerApi {

    private final MergerSimulations simulations;

    MergerApi(MergerSimulations simulations) {
        this.simulations = simulations;
    }

    @GetMapping("/api/merger")
    MergerSimulation.Report simulate(@RequestParam List<String> frameworks, @RequestParam String into,
            @RequestParam(defaultValue = "false") boolean acceptSuggested) {
        return simulations.simulate(frameworks, into, acceptSuggested);
    }
}
