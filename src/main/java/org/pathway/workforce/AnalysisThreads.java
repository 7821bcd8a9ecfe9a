package org.pathway.workforce;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool that runs workforce analyses: a thread per core (or as many as asked), a bounded queue of batches, and
 * the caller running a batch itself when the queue is full. Created once per process (the service's bean, the command
 * line's run), never per request.
 */
public final class AnalysisThreads implements AutoCloseable {

    /** Batches waiting; 50,000 employees are 500 batches. */
    private static final int QUEUED_BATCHES = 2_000;

    private final ThreadPoolExecutor pool;

    public AnalysisThreads(int threads) {
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_BATCHES), daemons(), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    public Executor executor() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * Daemon threads that load classes as this one does, whoever starts them: Drools finds its runtime through the
     * context class loader, which inside the packaged application is not the system one.
     */
    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        ClassLoader loader = AnalysisThreads.class.getClassLoader();
        return task -> {
            Thread thread = new Thread(task, "analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }
}
