package org.pathway.web.merger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.crosswalk.Crosswalk;
import org.pathway.crosswalk.CrosswalkReview;
import org.pathway.crosswalk.CrosswalkSuggestions;
import org.pathway.crosswalk.MergerSimulation;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.InvalidRequestException.FieldError;
import org.pathway.role.RoleCatalogue;
import org.pathway.workforce.AnalysisThreads;
import org.springframework.stereotype.Component;

/** The stored workforces of the chosen frameworks merged into one framework, through the crosswalks in use. */
@Component
class MergerSimulations {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final ReadinessEngine engine;
    private final EvidenceLedger ledger;
    private final CrosswalkReview review;
    private final Clock clock;
    private final AnalysisThreads threads;
    private final CrosswalkSuggestions suggestions;

    MergerSimulations(FrameworkCatalogue frameworks, RoleCatalogue roles, ReadinessEngine engine, EvidenceLedger ledger,
            CrosswalkReview review, Clock clock, AnalysisThreads threads, CrosswalkSuggestions suggestions) {
        this.threads = threads;
        this.suggestions = suggestions;
        this.frameworks = frameworks;
        this.roles = roles;
        this.engine = engine;
        this.ledger = ledger;
        this.review = review;
        this.clock = clock;
    }

    /** Refuses unknown frameworks (404) and fewer than two workforces (400), before any job is started. */
    void check(List<String> workforces, String into) {
        frameworks.get(into);
        workforces.forEach(frameworks::get);
        if (workforces.size() < 2) {
            throw new InvalidRequestException(List.of(new FieldError("frameworks",
                    "expected two or more workforces (frameworks) to merge, found " + workforces.size())));
        }
    }

    /** How many people of the stored workforces of these frameworks there are to judge. */
    int people(List<String> workforces) {
        return (int) ledger.all().stream().filter(e -> workforces.contains(e.frameworkId())).count();
    }

    MergerSimulation.Report simulate(List<String> workforces, String into, boolean acceptSuggested,
            IntConsumer progress) {
        check(workforces, into);
        MergerSimulation simulation = new MergerSimulation(frameworks, roles, engine,
                suggestions.current(), threads.executor());
        return simulation.simulate(ledger.all().stream().filter(e -> workforces.contains(e.frameworkId())).toList(),
                into, from -> {
                    Crosswalk crosswalk = review.crosswalk(from, into);
                    return acceptSuggested ? crosswalk.withBestSuggestionsAgreed() : crosswalk;
                }, LocalDate.now(clock), progress);
    }
}
