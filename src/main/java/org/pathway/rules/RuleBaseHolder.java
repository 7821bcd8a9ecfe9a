package org.pathway.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pathway.policy.PolicyFile;

/**
 * The rule base in use, and how it is replaced: a reload compiles the rules folder first, tries the result, and swaps
 * the new rule base in in one step only if it compiled and ran; on any error the previous rules stay in use and the
 * errors name file and line.
 * Analyses already running finish on the rule base they started with. The first compilation can run on a thread of its
 * own ({@link #compilingInBackground}), while the rest of a service starts; whoever asks for the rules first waits for
 * it, and gets its errors.
 */
public final class RuleBaseHolder implements Supplier<RuleBase> {

    /** What a reload did: whether the new rules are in use, their files, and the errors that kept them out. */
    public record Reload(boolean replaced, List<String> files, List<RuleProblem> problems) {
    }

    private final Path folder;
    private final Path policyFile;
    private final RuleCompiler compiler;
    private final RuleBaseTrial trial;
    private final Consumer<RulesReloaded> reloaded;
    private final AtomicReference<RuleBase> current = new AtomicReference<>();
    private final CompletableFuture<RuleBase> first;

    /** Compiles the folder now; a service does not start on broken rules. */
    public RuleBaseHolder(Path folder, RuleCompiler compiler) {
        this(folder, compiler, RuleBaseTrial.NONE, event -> { });
    }

    /**
     * Compiles the folder now and puts it through {@code trial}; rules that fail either are refused, now and on every
     * reload. {@code reloaded} hears of every reload that put new rules in use.
     */
    public RuleBaseHolder(Path folder, RuleCompiler compiler, RuleBaseTrial trial, Consumer<RulesReloaded> reloaded) {
        this(folder, PolicyFile.of(folder), compiler, trial, reloaded);
    }

    /** As above, with the policy values read from {@code policyFile} rather than the folder's own. */
    public RuleBaseHolder(Path folder, Path policyFile, RuleCompiler compiler, RuleBaseTrial trial,
            Consumer<RulesReloaded> reloaded) {
        this(folder, policyFile, compiler, trial, reloaded, Runnable::run);
        get();
    }

    private RuleBaseHolder(Path folder, Path policyFile, RuleCompiler compiler, RuleBaseTrial trial,
            Consumer<RulesReloaded> reloaded, Executor firstCompilation) {
        this.folder = folder;
        this.policyFile = policyFile;
        this.compiler = compiler;
        this.trial = trial;
        this.reloaded = reloaded;
        this.first = new CompletableFuture<>();
        firstCompilation.execute(() -> {
            try {
                first.complete(tryOut(RuleSources.read(folder, policyFile)));
            } catch (RuntimeException | LinkageError e) {
                first.completeExceptionally(e);
            }
        });
    }

    /**
     * Starts compiling the folder (with the policy values of {@code policyFile}) and trying the result on a thread of
     * its own, and returns at once: {@link #get()} waits for it, and throws its {@link RuleCompilationException} if the
     * rules are refused.
     */
    public static RuleBaseHolder compilingInBackground(Path folder, Path policyFile, RuleCompiler compiler,
            RuleBaseTrial trial, Consumer<RulesReloaded> reloaded) {
        return new RuleBaseHolder(folder, policyFile, compiler, trial, reloaded, task -> {
            Thread compiling = new Thread(task, "rules-first-compilation");
            compiling.setDaemon(true);
            compiling.start();
        });
    }

    /** The rules in use; the first time, once they have compiled and passed the trial. */
    @Override
    public RuleBase get() {
        RuleBase rules = current.get();
        return rules != null ? rules : firstCompiled();
    }

    private RuleBase firstCompiled() {
        try {
            RuleBase compiled = first.join();
            current.compareAndSet(null, compiled);
            return current.get();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private RuleBase tried(RuleBase candidate) {
        List<RuleProblem> problems = trial.run(candidate);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return candidate;
    }

    /** The rules folder this holder reads at start and on reload, and where a published version is written. */
    public Path folder() {
        return folder;
    }

    /** The policy values file this holder reads, and where a published version's values are written. */
    public Path policyFile() {
        return policyFile;
    }

    /** Compiles {@code sources} and tries them, without putting them in use; refused with every problem. */
    public RuleBase tryOut(RuleSources sources) {
        return tried(compiler.compile(sources));
    }

    /**
     * Compiles {@code sources} that were tried already (a stored version, tried by the instance that stored it), without
     * trying them again, so that another instance follows a publication sooner; refused only if they do not compile.
     */
    public RuleBase compileTried(RuleSources sources) {
        return compiler.compile(sources);
    }

    /** Puts a rule base that was tried in use, and announces it: every conclusion drawn before is stale. */
    public synchronized void use(RuleBase tried) {
        current.set(tried);
        reloaded.accept(new RulesReloaded(tried.files()));
    }

    public synchronized Reload reload() {
        get();
        try {
            RuleBase compiled = tryOut(RuleSources.read(folder, policyFile));
            use(compiled);
            return new Reload(true, compiled.files(), List.of());
        } catch (RuleCompilationException e) {
            return new Reload(false, current.get().files(), e.problems());
        }
    }
}
