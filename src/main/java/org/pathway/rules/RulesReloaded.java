package org.pathway.rules;

import java.util.List;

/** Published when a reload has put new rules in use: every conclusion drawn under the old rules is stale. */
public record RulesReloaded(List<String> files) {

    public RulesReloaded {
        files = List.copyOf(files);
    }
}
