package org.pathway;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready (README "Benchmarks"): starts the built service {@code runs} times, one after another, each on an
 * in-memory database of its own (so that every start loads the demo council, as a first start does), and times from
 * the process's launch until {@code /actuator/health/readiness} answers 200; prints each run's seconds, the CPU
 * seconds the service had used by then (its own threads, less sensitive to what else runs on the machine), the load
 * average, and the medians. Builds nothing.
 *
 * <p>Run with {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java@start-to-ready [-Druns=3]
 * [-Djar=target/pathway.jar] [-Djava=java] [-Djvm="-XX:SharedArchiveFile=target/app/pathway.jsa"]}.
 */
public final class StartToReadyBenchmark {

    private static final int PORT = 18_095;
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 3);
        Path jar = Path.of(System.getProperty("jar", "target/pathway.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first (./mvnw -q package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(System.getProperty("java", "java")));
        String jvm = System.getProperty("jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + PORT));
        System.out.println("Start to ready: " + String.join(" ", command) + " --spring.datasource.url=jdbc:h2:mem:...");
        System.out.println("| run | ready (s) | service CPU (s) | load average at ready |");
        System.out.println("|---|---|---|---|");
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 1; run <= runs; run++) {
            List<String> started = new ArrayList<>(command);
            started.add("--spring.datasource.url=jdbc:h2:mem:start-to-ready-" + run);
            Path log = Files.createTempFile("pathway-start-" + run + "-", ".log");
            long from = System.nanoTime();
            Process service = new ProcessBuilder(started).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            try {
                awaitReady(service, log);
                seconds[run - 1] = (System.nanoTime() - from) / 1e9;
                cpu[run - 1] = service.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(Double.NaN);
                System.out.printf("| %d | %.1f | %.1f | %.2f |%n", run, seconds[run - 1], cpu[run - 1],
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                service.destroy();
                service.waitFor(60, TimeUnit.SECONDS);
            }
        }
        System.out.printf("Median: %.1f s to ready, %.1f s of the service's CPU%n", median(seconds), median(cpu));
    }

    private static void awaitReady(Process service, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; its output is in " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat is not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready after " + GIVE_UP + "; its output is in " + log);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
