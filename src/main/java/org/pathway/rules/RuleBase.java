package org.pathway.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** A compiled set of DRL files, built once and shared: sessions are cheap to create from it. */
public final class RuleBase {

    private final KieBase kieBase;
    private final Path folder;
    private final List<String> files;
    private final Instant compiledAt;

    RuleBase(KieBase kieBase, Path folder, List<String> files, Instant compiledAt) {
        this.kieBase = kieBase;
        this.folder = folder;
        this.files = List.copyOf(files);
        this.compiledAt = compiledAt;
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    public Path folder() {
        return folder;
    }

    /** The DRL files compiled, relative to the rules folder. */
    public List<String> files() {
        return files;
    }

    public Instant compiledAt() {
        return compiledAt;
    }
}
