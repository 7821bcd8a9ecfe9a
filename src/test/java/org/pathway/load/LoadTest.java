package org.pathway.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test (README, "Benchmarks"): against a running Pathway on loopback, {@code clients} concurrent clients for
 * {@code seconds} seconds, half gap analyses, half evidence writes, spread over the demo council's 200 generated
 * employees (signed in as admin); reports throughput, p50/p99 latency and errors, then checks that every acknowledged
 * write is in the database. {@code base} may name several instances, comma-separated: the clients are spread over them
 * in turn (README "Operations": one instance against two); {@code writes} is the share of writes (0 for readiness
 * only).
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@load-test [-Dbase=http://localhost:8080[,http://...]]
 * [-Dclients=32] [-Dseconds=60] [-Dwrites=0.5]}.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        List<String> bases = List.of(System.getProperty("base", "http://localhost:8080").split(","));
        double writeShare = Double.parseDouble(System.getProperty("writes", "0.5"));
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 60);
        List<Long> analyses = Collections.synchronizedList(new ArrayList<>());
        List<Long> writes = Collections.synchronizedList(new ArrayList<>());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            String base = bases.get(c % bases.size());
            pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                while (System.nanoTime() < end) {
                    boolean write = ThreadLocalRandom.current().nextDouble() < writeShare;
                    String employee = EvidenceWrites.anyEmployee();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(write ? EvidenceWrites.write(base, employee, "Load test write")
                                : analysisRequest(base, employee), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - start) / 1000;
                        if (response.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        } else if (write) {
                            writes.add(micros);
                            EvidenceWrites.acknowledged(employee, response).ifPresent(acknowledged::add);
                        } else {
                            analyses.add(micros);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);

        long missing = EvidenceWrites.missing(HttpClient.newHttpClient(), bases.get(0), acknowledged);

        System.out.printf("Load test: %d clients, %d s, against %s; load average %s%n", clients, seconds, bases,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        System.out.printf("| requests | count | per second | p50 (ms) | p99 (ms) |%n|---|---|---|---|---|%n");
        report("gap analysis (GET readiness)", analyses, seconds);
        report("evidence write (POST)", writes, seconds);
        System.out.printf("errors: %d; acknowledged writes %d, of which missing from the database afterwards: %d%n",
                errors.get(), acknowledged.size(), missing);
    }

    static HttpRequest analysisRequest(String base, String employee) {
        return HttpRequest.newBuilder(URI.create(base + "/api/employees/" + employee
                + "/readiness?target=service-manager")).header("Authorization", EvidenceWrites.ADMIN).GET().build();
    }

    static void report(String what, List<Long> micros, int seconds) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1000.0;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1000.0;
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f |%n", what, sorted.size(), sorted.size() / (double) seconds,
                p50, p99);
    }
}
