package org.pathway.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash test (README, "Benchmarks"): starts the packaged service on its embedded default database (or on
 * PostgreSQL), has {@code writers} concurrent clients record evidence, kills the process with SIGKILL at a random
 * moment mid-run, starts it again on the same data and counts the acknowledged writes that are missing. Repeated for
 * {@code rounds} rounds; exits 1 if any acknowledged write was lost.
 *
 * <p>Run with {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java@crash-test [-Ddb=h2|postgres]
 * [-Dwriters=16] [-Drounds=3] [-Dseconds=12]}. PostgreSQL is the local server at 127.0.0.1:5432, database
 * {@code test}, in a schema of its own that the test drops first.
 */
public final class CrashTest {

    private static final int PORT = 18_090;
    private static final String BASE = "http://localhost:" + PORT;

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("db", "h2");
        int writers = Integer.getInteger("writers", 16);
        int rounds = Integer.getInteger("rounds", 3);
        int seconds = Integer.getInteger("seconds", 12);
        Path project = Path.of("").toAbsolutePath();
        Path jar = project.resolve("target/pathway.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: ./mvnw -q package -DskipTests");
        }
        Path work = Files.createTempDirectory("pathway-crash");
        if (db.equals("postgres")) {
            dropSchema();
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        System.out.printf("Crash test on %s: %d writers, %d rounds, SIGKILL 3-%d s into each%n", db, writers, rounds,
                seconds);
        System.out.println("| round | acknowledged | missing after restart |");
        System.out.println("|---|---|---|");
        long totalAcknowledged = 0;
        long totalMissing = 0;
        Process service = start(jar, project, work, db);
        for (int round = 1; round <= rounds; round++) {
            awaitReady(http, service);
            Set<String> acknowledged = writeUntilKilled(http, service, writers,
                    3_000 + ThreadLocalRandom.current().nextLong(Math.max(1, (seconds - 3) * 1_000L)));
            service = start(jar, project, work, db);
            awaitReady(http, service);
            long missing = EvidenceWrites.missing(http, BASE, acknowledged);
            System.out.printf("| %d | %d | %d |%n", round, acknowledged.size(), missing);
            totalAcknowledged += acknowledged.size();
            totalMissing += missing;
        }
        service.destroy();
        service.waitFor(30, TimeUnit.SECONDS);
        System.out.printf("In all: %d acknowledged writes, %d missing after a SIGKILL and restart.%n",
                totalAcknowledged, totalMissing);
        System.exit(totalMissing == 0 ? 0 : 1);
    }

    /** The packaged service in its own working folder, so that the embedded database is the default one. */
    private static Process start(Path jar, Path project, Path work, String db) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--server.port=" + PORT,
                "--pathway.datasets=" + project.resolve("datasets"), "--pathway.rules=" + project.resolve("rules")));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile());
        if (db.equals("postgres")) {
            builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                    "PATHWAY_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pathway_crash",
                    "PATHWAY_DB_USER", "postgres", "PATHWAY_DEMO_DATA", "true"));
            command.add("--spring.flyway.schemas=pathway_crash");
            builder.command(command);
        }
        return builder.start();
    }

    private static void dropSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "")) {
            connection.createStatement().execute("drop schema if exists pathway_crash cascade");
        }
    }

    /** Ready when readiness says so (after the demo data and accounts are loaded: asking as admin before that would count as failed sign-ins). */
    private static void awaitReady(HttpClient http, Process service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see its service.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready in 300 s");
    }

    /** Writers record evidence until the service is killed; answers the writes it acknowledged. */
    private static Set<String> writeUntilKilled(HttpClient http, Process service, int writers, long killAfterMillis)
            throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            pool.submit(() -> {
                while (!killed.get()) {
                    String employee = EvidenceWrites.anyEmployee();
                    try {
                        EvidenceWrites.acknowledged(employee, http.send(EvidenceWrites.write(BASE, employee,
                                "Crash test write"), HttpResponse.BodyHandlers.ofString())).ifPresent(acknowledged::add);
                    } catch (IOException | InterruptedException refused) {
                        // the service is gone: only acknowledged writes count
                    }
                }
                return null;
            });
        }
        Thread.sleep(killAfterMillis);
        service.destroyForcibly();
        service.waitFor();
        killed.set(true);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return acknowledged;
    }
}
