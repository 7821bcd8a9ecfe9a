package org.pathway.rules;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.pathway.policy.Policy;

/**
 * A compiled set of DRL files with the policy they read, built once and shared: sessions are cheap to create from it,
 * and each starts with the policy in it. Its version names every conclusion drawn under it.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<String> files;
    private final Policy policy;
    private final RuleSources sources;
    private final String version;

    RuleBase(KieBase kieBase, List<String> files, Policy policy, RuleSources sources) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.policy = policy;
        this.sources = sources;
        this.version = sources.version();
    }

    /** A new session holding the policy, its rules' stages ready to run in order ({@link RuleStages}). */
    public KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        RuleStages.focus(session);
        session.insert(policy);
        return session;
    }

    /** The DRL files and the policy file compiled, relative to the rules folder. */
    public List<String> files() {
        return files;
    }

    public Policy policy() {
        return policy;
    }

    /** The texts this rule base was compiled from. */
    public RuleSources sources() {
        return sources;
    }

    /** The version conclusions drawn under these rules and policy are stamped with (the first digits of its hash). */
    public String version() {
        return version;
    }
}
