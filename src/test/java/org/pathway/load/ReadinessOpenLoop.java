package org.pathway.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readiness over HTTP at a fixed arrival rate (README, "Benchmarks"): against a running Pathway on loopback, one gap
 * analysis ({@code GET /api/employees/{id}/readiness}, the default summary) every {@code 1/rate} seconds to the demo
 * council's 200 generated employees, whether or not earlier ones have been answered (open loop), so a slow answer
 * cannot hold the next request back and hide its own delay; each latency is counted from the moment its request was
 * due. A warm-up at the same rate comes first and is not counted.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@readiness-open-loop [-Dbase=http://localhost:8080] [-Drate=200]
 * [-Dseconds=60] [-Dwarmup=20]}.
 */
public final class ReadinessOpenLoop {

    /** A request not answered by then counts as an error, so that one lost answer cannot hold the run up. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private ReadinessOpenLoop() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmup", 20);
        ExecutorService answers = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(answers).build();

        run(http, base, rate, warmup, new ArrayList<>(), new AtomicLong());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        run(http, base, rate, seconds, latencies, errors);

        System.out.printf("Readiness open loop: %d requests/s for %d s (after %d s of warm-up), against %s%n", rate,
                seconds, warmup, base);
        System.out.printf("| requests | count | per second | p50 (ms) | p99 (ms) |%n|---|---|---|---|---|%n");
        LoadTest.report("gap analysis (GET readiness), open loop", latencies, seconds);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("errors: %d; p99.9 %.1f ms; slowest %.1f ms%n", errors.get(),
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.999)) / 1000.0,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
        answers.shutdownNow();
    }

    /** Sends {@code rate} requests a second for {@code seconds}, then waits for the last answers. */
    private static void run(HttpClient http, String base, int rate, int seconds, List<Long> latencies,
            AtomicLong errors) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        AtomicLong issued = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n >= total) {
                return;
            }
            long due = start + n * period;
            HttpRequest request = HttpRequest.newBuilder(LoadTest.analysisRequest(base, EvidenceWrites.anyEmployee()),
                    (name, value) -> true).timeout(ANSWER_WITHIN).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add((System.nanoTime() - due) / 1000);
                        }
                    }));
        }, 0, period, TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        while (issued.get() < total) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        clock.shutdownNow();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
    }
}
