package org.pathway.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Start-up work that runs on a thread of its own while the rest of the service starts (Hibernate, security, the web
 * layer), and is awaited before the service reports ready; its failure fails the start, as it would in line.
 */
public final class WhileStarting<T> {

    private final CompletableFuture<T> result;

    private WhileStarting(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts {@code work} at once on a daemon thread called {@code name}. */
    public static <T> WhileStarting<T> start(String name, Supplier<T> work) {
        return new WhileStarting<>(CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Nothing to do: {@link #await()} returns {@code result} at once. */
    public static <T> WhileStarting<T> done(T result) {
        return new WhileStarting<>(CompletableFuture.completedFuture(result));
    }

    /** The work's result, once it is done; throws what the work threw. */
    public T await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
