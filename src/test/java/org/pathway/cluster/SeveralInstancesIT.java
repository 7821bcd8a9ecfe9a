package org.pathway.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two instances of the packaged service on one PostgreSQL database (database test, schema pathway_multi, dropped
 * first), as README "Operations: containers and several instances" runs them: a session signed in on one is used on
 * the other; evidence recorded on one is in the other's kept readiness answers within 10 s; rules reloaded on one are in force on the other within 10 s; a framework published on one is in use on the
 * other within 10 s; a plan job whose instance is killed with SIGKILL finishes on the other, and so does a cohort plan
 * job (read on both), and one whose instance is stopped (SIGTERM) is handed back at once; 16 writers over both instances, one killed mid-run, lose no acknowledged write and
 * store none twice. Opt-in (PATHWAY_TEST_POSTGRES=true, as .ci/run sets); runs in {@code verify}, after
 * {@code package}.
 */
@EnabledIfEnvironmentVariable(named = "PATHWAY_TEST_POSTGRES", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

    private static final String SCHEMA = "pathway_multi";
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String ADMIN = basic("admin");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DECIDED_UNDER = Pattern.compile("\"decidedUnder\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private static Path work;
    private static final Map<Integer, Process> INSTANCES = new HashMap<>();
    private static final int A = 18_181;
    private static final int B = 18_182;

    @BeforeAll
    static void twoInstances() throws Exception {
        try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
        work = Files.createTempDirectory("pathway-instances");
        Path rules = work.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path copy = rules.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        start(A);
        awaitReady(A);
        start(B);
        awaitReady(B);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process instance : INSTANCES.values()) {
            instance.destroy();
            instance.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An instance of the packaged jar, in the shared working folder (one rules folder, as on a shared volume). */
    private static void start(int port) throws IOException {
        Path jar = Path.of("target", "pathway.jar").toAbsolutePath();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", jar.toString(), "--server.port=" + port, "--spring.flyway.schemas=" + SCHEMA,
                "--pathway.datasets=" + Path.of("datasets").toAbsolutePath(), "--pathway.rules=" + work.resolve("rules"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("instance-" + port + ".log").toFile());
        builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "PATHWAY_DB_URL", DATABASE + "?currentSchema=" + SCHEMA, "PATHWAY_DB_USER", "postgres",
                "PATHWAY_DEMO_DATA", "true"));
        INSTANCES.put(port, builder.start());
    }

    private static void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(INSTANCES.get(port).isAlive()).as("instance on " + port + " stopped while starting; see "
                    + work.resolve("instance-" + port + ".log")).isTrue();
            try {
                if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance on " + port + " not ready in 240 s");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":pathway-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String path, String authorization, String json)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    /** Signs the user in through the form on the instance; returns the session cookie. */
    private static String signIn(int port, String user) throws Exception {
        HttpResponse<String> form = get(port, "/login", null);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String body = "username=" + user + "&password=pathway-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(signedIn);
    }

    private static HttpResponse<String> getWith(int port, String path, String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Cookie", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aSessionSignedInOnOneInstanceIsUsedOnTheOther() throws Exception {
        String session = signIn(A, "hannah");

        HttpResponse<String> onB = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + B + "/me"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withoutSession = get(B, "/me", null);

        assertThat(onB.statusCode()).as("the session signed in on A opens hannah's page on B").isEqualTo(200);
        assertThat(onB.body()).contains("Hannah");
        assertThat(withoutSession.statusCode()).as("B asks anyone else to sign in").isEqualTo(302);
    }

    @Test
    @Order(2)
    void rulesReloadedOnOneInstanceAreInForceOnTheOtherWithinTenSeconds() throws Exception {
        String readiness = "/api/employees/am-ready-now/readiness?target=service-manager";
        String before = decidedUnder(get(B, readiness, ADMIN).body());
        Path policy = work.resolve("rules/policy/policy.json");
        Files.writeString(policy, Files.readString(policy).replace("\"recencyMonths\": 36", "\"recencyMonths\": 24"));

        HttpResponse<String> reload = post(A, "/api/admin/rules/reload", ADMIN, "");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        String onA = decidedUnder(get(A, readiness, ADMIN).body());
        assertThat(onA).isNotEqualTo(before);

        long reloaded = System.nanoTime();
        String onB = before;
        while (!onB.equals(onA) && System.nanoTime() - reloaded < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(200);
            onB = decidedUnder(get(B, readiness, ADMIN).body());
        }
        assertThat(onB).as("B decides under the version reloaded on A within 10 s").isEqualTo(onA);
    }

    @Test
    @Order(3)
    void evidenceRecordedOnOneInstanceIsInTheOthersKeptAnswersWithinSeconds() throws Exception {
        String readiness = "/api/employees/am-00003/readiness?target=service-manager";
        assertThat(get(B, readiness, ADMIN).statusCode()).as("B keeps this answer").isEqualTo(200);
        HttpResponse<String> recorded = post(A, "/api/employees/am-00003/evidence", ADMIN, """
                {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                 "source": "ASSESSMENT", "observedOn": "2026-10-01", "example": "recorded on A"}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        Matcher id = ID.matcher(recorded.body());
        assertThat(id.find()).isTrue();

        long since = System.nanoTime();
        String onB = get(B, readiness, ADMIN).body();
        while (!onB.contains(id.group(1)) && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(200);
            onB = get(B, readiness, ADMIN).body();
        }
        assertThat(onB).as("B drops its kept answer once A's change reaches it").contains(id.group(1));
    }

    @Test
    @Order(4)
    void aFrameworkPublishedOnOneInstanceIsInUseOnTheOtherWithinTenSeconds() throws Exception {
        String framework = "/api/frameworks/riverside-customer-service";
        assertThat(get(B, framework, ADMIN).statusCode()).as("not yet published").isEqualTo(404);
        HttpResponse<String> draft = post(A, "/api/admin/frameworks/drafts?file=new-framework.csv", ADMIN,
                Files.readString(Path.of("src/test/resources/spreadsheet/new-framework.csv")));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        Matcher publish = Pattern.compile("\"publish\"\\s*:\\s*\"([^\"]+)\"").matcher(draft.body());
        assertThat(publish.find()).as(draft.body()).isTrue();
        HttpResponse<String> published = post(A, publish.group(1), ADMIN, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        long since = System.nanoTime();
        HttpResponse<String> onB = get(B, framework, ADMIN);
        while (onB.statusCode() != 200 && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(200);
            onB = get(B, framework, ADMIN);
        }
        assertThat(onB.statusCode()).as("B uses the framework published on A within 10 s").isEqualTo(200);
        assertThat(onB.body()).isEqualTo(get(A, framework, ADMIN).body());
        assertThat(get(B, framework + "/roles", ADMIN).body()).as("with the role profiles published with it")
                .contains("Senior Customer Adviser");
    }

    private static String decidedUnder(String report) {
        Matcher version = DECIDED_UNDER.matcher(report);
        assertThat(version.find()).as(report).isTrue();
        return version.group(1);
    }

    @Test
    @Order(5)
    void aPlanJobWhoseInstanceIsKilledFinishesOnTheOther() throws Exception {
        String job = startPlan(B);
        int runner = awaitRunner(job);
        int other = runner == A ? B : A;
        INSTANCES.get(runner).destroyForcibly().waitFor();

        awaitDoneOn(other, job);
        assertThat(runBy(job)).endsWith(":" + INSTANCES.get(other).pid());
        start(runner);
        awaitReady(runner);
    }

    @Test
    @Order(6)
    void anInstanceShutDownHandsItsRunningPlanJobBackAtOnce() throws Exception {
        String job = startPlan(A);
        int runner = awaitRunner(job);
        int other = runner == A ? B : A;
        Thread.sleep(1_000);
        Process stopping = INSTANCES.get(runner);
        stopping.destroy();
        assertThat(stopping.waitFor(40, TimeUnit.SECONDS)).as("SIGTERM stops the instance").isTrue();

        String pickedBy = pickedBy(job);
        assertThat(pickedBy == null || !pickedBy.endsWith(":" + stopping.pid()))
                .as("the job is no longer held by the stopped instance (it would be until its heartbeat went stale"
                        + " after a kill -9)").isTrue();
        awaitDoneOn(other, job);
        assertThat(runBy(job)).endsWith(":" + INSTANCES.get(other).pid());
        start(runner);
        awaitReady(runner);
    }

    @Test
    @Order(7)
    void aCohortPlanJobWhoseInstanceIsKilledFinishesOnTheOtherAndIsReadOnBoth() throws Exception {
        String session = signIn(B, "lnd");
        HttpResponse<String> page = getWith(B, "/training-needs", session);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + B
                + "/training-needs/plan")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("budget=20000&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(303);
        Matcher plan = Pattern.compile("plan=([0-9a-f-]{36})").matcher(started.headers().firstValue("Location")
                .orElse(""));
        assertThat(plan.find()).as(started.headers().toString()).isTrue();
        String job = plan.group(1);
        int runner = awaitRunner(job);
        int other = runner == A ? B : A;
        INSTANCES.get(runner).destroyForcibly().waitFor();

        String onOther = "";
        long since = System.nanoTime();
        while (!onOther.contains("class=\"cohort-plan\"")
                && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(150)) {
            Thread.sleep(1_000);
            onOther = getWith(other, "/training-needs?plan=" + job, session).body();
        }
        assertThat(onOther).as("the other instance finished the job; its page shows the plans")
                .contains("class=\"cohort-plan\"", "Sessions that run").doesNotContain("Planning...");
        assertThat(runBy(job)).endsWith(":" + INSTANCES.get(other).pid());
        start(runner);
        awaitReady(runner);
        assertThat(getWith(runner, "/training-needs?plan=" + job, session).body())
                .as("the restarted instance reads the same plans").contains("class=\"cohort-plan\"");
    }

    private static String startPlan(int port) throws Exception {
        HttpResponse<String> started = post(port, "/api/employees/am-ready-now/plans", basic("hannah"),
                "{\"target\": \"head-of-service\", \"budget\": 1500}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = ID.matcher(started.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static void awaitDoneOn(int port, String job) throws Exception {
        String status = "SOLVING";
        String body = "";
        long since = System.nanoTime();
        while (status.equals("SOLVING") && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(120)) {
            Thread.sleep(500);
            body = get(port, "/api/plans/" + job, basic("hannah")).body();
            status = body.contains("\"status\":\"DONE\"") ? "DONE" : body.contains("\"status\":\"FAILED\"")
                    ? "FAILED" : "SOLVING";
        }
        assertThat(status).as(body).isEqualTo("DONE");
        assertThat(body).contains("\"feasible\":true");
    }

    /** The instance holding the job's execution now, or null when none does. */
    private static String pickedBy(String job) throws Exception {
        try (Connection db = DriverManager.getConnection(DATABASE + "?currentSchema=" + SCHEMA, "postgres", "");
                PreparedStatement query = db.prepareStatement("select picked_by from scheduled_tasks where"
                        + " task_instance = ? and picked")) {
            query.setString(1, job);
            ResultSet row = query.executeQuery();
            return row.next() ? row.getString(1) : null;
        }
    }

    /** The port of the instance that picked the job up. */
    private static int awaitRunner(String job) throws Exception {
        for (int poll = 0; poll < 200; poll++) {
            String runBy = runBy(job);
            for (Map.Entry<Integer, Process> instance : INSTANCES.entrySet()) {
                if (runBy != null && runBy.endsWith(":" + instance.getValue().pid())) {
                    return instance.getKey();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no instance picked plan job " + job + " up in 20 s");
    }

    private static String runBy(String job) throws Exception {
        try (Connection db = DriverManager.getConnection(DATABASE + "?currentSchema=" + SCHEMA, "postgres", "");
                PreparedStatement query = db.prepareStatement("select run_by from plan_job where id = ?")) {
            query.setString(1, job);
            ResultSet row = query.executeQuery();
            return row.next() ? row.getString(1) : null;
        }
    }

    @Test
    @Order(8)
    void sixteenWritersOverBothInstancesOneKilledLoseNoAcknowledgedWriteAndStoreNoneTwice() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> byInstance = Map.of(
                A, new AtomicInteger(), B, new AtomicInteger());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(16);
        for (int w = 0; w < 16; w++) {
            int writer = w;
            int port = w % 2 == 0 ? A : B;
            writers.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String employee = String.format("am-%05d", 1 + (writer * 7 + n) % 200);
                    String example = "several-instances " + writer + "-" + n;
                    try {
                        HttpResponse<String> written = post(port, "/api/employees/" + employee + "/evidence", ADMIN, """
                                {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                                 "source": "ASSESSMENT", "observedOn": "2026-10-01", "example": "%s"}"""
                                .formatted(example));
                        if (written.statusCode() == 201) {
                            acknowledged.add(example);
                            byInstance.get(port).incrementAndGet();
                        }
                    } catch (IOException | InterruptedException refused) {
                        Thread.sleep(50);
                    }
                }
                return null;
            });
        }
        // mid-run: once both instances are acknowledging writes (a freshly restarted one is slow at first)
        long since = System.nanoTime();
        while ((byInstance.get(A).get() < 20 || byInstance.get(B).get() < 20)
                && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(90)) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000);
        INSTANCES.get(B).destroyForcibly().waitFor();
        Thread.sleep(3_000);
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<String> stored = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(DATABASE + "?currentSchema=" + SCHEMA, "postgres", "");
                ResultSet rows = db.createStatement().executeQuery(
                        "select example from evidence where example like 'several-instances %'")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(byInstance.get(A).get()).as("writes acknowledged by A").isGreaterThanOrEqualTo(20);
        assertThat(byInstance.get(B).get()).as("writes acknowledged by B before it was killed")
                .isGreaterThanOrEqualTo(20);
        assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
        assertThat(stored).as("no write is stored twice").doesNotHaveDuplicates();
    }
}
