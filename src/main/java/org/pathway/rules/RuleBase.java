package org.pathway.rules;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** A compiled set of DRL files, built once and shared: sessions are cheap to create from it. */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<String> files;

    RuleBase(KieBase kieBase, List<String> files) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** The DRL files compiled, relative to the rules folder. */
    public List<String> files() {
        return files;
    }
}
