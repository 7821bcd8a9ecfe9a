package org.pathway.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Fires the project's rules/ on a handful of facts and reports which rules fired and which facts came out. */
public final class RuleHarness {

    private static RuleBase rules;

    private RuleHarness() {
    }

    /** The result of one session: rule name to times fired, and every fact in working memory at the end. */
    public record Fired(Map<String, Integer> rules, Collection<?> facts) {

        public <T> List<T> facts(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public <T> T only(Class<T> type) {
            List<T> found = facts(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type.getSimpleName() + ", found " + found);
            }
            return found.get(0);
        }
    }

    public static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleFolder.compiled();
        }
        return rules;
    }

    public static Fired fire(Object... facts) {
        return fire(List.of(facts));
    }

    public static Fired fire(Collection<?> facts) {
        KieSession session = rules().newSession();
        Map<String, Integer> fired = new TreeMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new Fired(fired, List.copyOf(session.getObjects()));
        } finally {
            session.dispose();
        }
    }
}
