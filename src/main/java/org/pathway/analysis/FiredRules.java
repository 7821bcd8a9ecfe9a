package org.pathway.analysis;

import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts which rules fired in a session, so an analysis can say which rules its conclusions came from. */
final class FiredRules extends DefaultAgendaEventListener {

    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
