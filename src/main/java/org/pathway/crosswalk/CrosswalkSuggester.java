package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.List;

import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.InvalidRequestException;
import org.pathway.role.RoleCatalogue;

/**
 * Suggests crosswalks between the frameworks of a catalogue: for each competency and each effective indicator of one
 * framework, the ranked counterparts in another above the threshold ({@link Tuning}), and which rung of the other
 * ladder each role corresponds to ({@link RungMatcher}). The index is built once, over every framework, when made.
 */
public final class CrosswalkSuggester {

    private final FrameworkCatalogue frameworks;
    private final RungMatcher rungs;
    private final CrosswalkIndex index;
    private final CounterpartRanking counterparts;
    private final Tuning indicatorTuning;

    public CrosswalkSuggester(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this(frameworks, roles, Tuning.COMPETENCIES, CounterpartRanking.Settings.SHIPPED, Tuning.INDICATORS);
    }

    CrosswalkSuggester(FrameworkCatalogue frameworks, RoleCatalogue roles, Tuning competencyTuning,
            CounterpartRanking.Settings ranking, Tuning indicatorTuning) {
        this.frameworks = frameworks;
        this.indicatorTuning = indicatorTuning;
        this.rungs = new RungMatcher(roles);
        List<ItemText> competencies = new ArrayList<>();
        List<ItemText> indicators = new ArrayList<>();
        for (Framework framework : frameworks.all()) {
            competencies.addAll(ItemText.competencies(framework));
            indicators.addAll(ItemText.indicators(framework));
        }
        this.index = new CrosswalkIndex(competencies, indicators);
        this.counterparts = new CounterpartRanking(index, competencyTuning, ranking);
    }

    /** Competencies, indicators and roles of {@code fromId} against {@code toId}; unknown or equal ids are refused. */
    public SuggestedCrosswalk suggest(String fromId, String toId) {
        Framework from = frameworks.get(fromId);
        Framework to = frameworks.get(toId);
        if (from.id().equals(to.id())) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("to",
                    "expected a framework other than '" + from.id() + "': a crosswalk joins two different frameworks")));
        }
        List<Suggestion> competencies = competencies(from, to);
        List<Suggestion> indicators = ItemText.indicators(from).stream()
                .map(text -> new Suggestion(text.ref(), text.name(), index.search(text, to.id(), indicatorTuning)))
                .toList();
        return new SuggestedCrosswalk(from.id(), to.id(), competencies, indicators,
                rungs.match(from, to, competencies));
    }

    /** Which rung of {@code to}'s ladder each role of {@code from} corresponds to, from the competency suggestions. */
    public List<RungSuggestion> rungs(String fromId, String toId) {
        Framework from = frameworks.get(fromId);
        Framework to = frameworks.get(toId);
        return rungs.match(from, to, competencies(from, to));
    }

    /** Only the competency level, for callers that need no indicators (the benchmark's quality figures). */
    public List<Suggestion> competencies(String fromId, String toId) {
        return competencies(frameworks.get(fromId), frameworks.get(toId));
    }

    private List<Suggestion> competencies(Framework from, Framework to) {
        return counterparts.rank(ItemText.competencies(from), ItemText.competencies(to));
    }

    /**
     * The effective indicators of competency {@code toCompetency} of {@code to}, those whose words are closest to the
     * given indicator of {@code from} first (every one of them, closeness only deciding the order).
     */
    public List<ItemRef> indicatorsWithin(String from, String competency, String indicator, String to,
            String toCompetency) {
        Framework source = frameworks.get(from);
        ItemText text = ItemText.of(source, source.competency(competency).orElseThrow(),
                source.indicator(indicator).orElseThrow());
        return index.indicatorsWithin(text, to, toCompetency, indicatorTuning);
    }

    /** Every ordered pair of different frameworks, in catalogue order. */
    public List<SuggestedCrosswalk> all() {
        List<String[]> pairs = new ArrayList<>();
        for (Framework from : frameworks.all()) {
            for (Framework to : frameworks.all()) {
                if (!from.id().equals(to.id())) {
                    pairs.add(new String[] {from.id(), to.id()});
                }
            }
        }
        return pairs.parallelStream().map(pair -> suggest(pair[0], pair[1])).toList();
    }
}
