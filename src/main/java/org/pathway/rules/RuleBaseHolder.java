package org.pathway.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        this.folder = folder;
        this.compiler = compiler;
        this.trial = trial;
        this.reloaded = reloaded;
        this.first = CompletableFuture.completedFuture(tried(compiler.compile(folder)));
        current.set(first.join());
    }

    private RuleBaseHolder(Path folder, RuleCompiler compiler, RuleBaseTrial trial, Consumer<RulesReloaded> reloaded,
            String thread) {
        this.folder = folder;
        this.compiler = compiler;
        this.trial = trial;
        this.reloaded = reloaded;
        this.first = new CompletableFuture<>();
        Thread compiling = new Thread(() -> {
            try {
                first.complete(tried(compiler.compile(folder)));
            } catch (RuntimeException | LinkageError e) {
                first.completeExceptionally(e);
            }
        }, thread);
        compiling.setDaemon(true);
        compiling.start();
    }

    /**
     * Starts compiling the folder and trying the result on a thread of its own, and returns at once: {@link #get()}
     * waits for it, and throws its {@link RuleCompilationException} if the rules are refused.
     */
    public static RuleBaseHolder compilingInBackground(Path folder, RuleCompiler compiler, RuleBaseTrial trial,
            Consumer<RulesReloaded> reloaded) {
        return new RuleBaseHolder(folder, compiler, trial, reloaded, "rules-first-compilation");
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

    public synchronized Reload reload() {
        get();
        try {
            RuleBase compiled = tried(compiler.compile(folder));
            current.set(compiled);
            reloaded.accept(new RulesReloaded(compiled.files()));
            return new Reload(true, compiled.files(), List.of());
        } catch (RuleCompilationException e) {
            return new Reload(false, current.get().files(), e.problems());
        }
    }
}
