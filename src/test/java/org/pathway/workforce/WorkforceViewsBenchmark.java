package org.pathway.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pathway.PathwayApplication;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeEntity;
import org.pathway.people.EmployeeRepository;
import org.pathway.people.EvidenceEntity;
import org.pathway.people.EvidenceRepository;
import org.pathway.people.PeopleChanged;
import org.pathway.role.RoleCatalogue;
import org.pathway.security.AppUser;
import org.pathway.security.AppUserRepository;
import org.pathway.security.Role;
import org.pathway.synthetic.WorkforceGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workforce views benchmark (README, "Benchmarks"): the service started in this JVM on an in-memory database that
 * holds a generated Ashfield/Mansfield council (5,000 employees unless told), announced as an import announces it; then
 * over HTTP on loopback, one request at a time after a warm-up, training needs (API and page), succession (API and
 * page) and the succession drill-down, p50 and p99; and how long one piece of evidence takes to show in succession,
 * from sending it to the first read that shows it. Prints the heap and the load average.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@workforce-views-benchmark [-Demployees=5000] [-Drequests=200]}.
 */
public final class WorkforceViewsBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final String FRAMEWORK = "ashfield-mansfield";
    private static final String PASSWORD = "benchmark";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHANGES = 10;

    /** Each user's client, with its own session. */
    private final Map<String, HttpClient> clients = new HashMap<>();
    private final String base;

    private WorkforceViewsBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int employees = Integer.getInteger("employees", 5000);
        int requests = Integer.getInteger("requests", 200);
        String loadBefore = loadAverage();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(PathwayApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:views-benchmark;DB_CLOSE_DELAY=-1",
                "--pathway.demo-data=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            WorkforceViewsBenchmark benchmark = new WorkforceViewsBenchmark(
                    "http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
            long start = System.nanoTime();
            store(service, employees);
            double storing = seconds(start);
            start = System.nanoTime();
            benchmark.get("lnd", "/api/tna");
            double cold = seconds(start);
            System.out.printf("Workforce views benchmark: %,d %s employees stored in %.1f s; first TNA (every "
                    + "employee analysed) %.1f s; %d cores, max heap %d MB; load average before %s%n", employees,
                    FRAMEWORK, storing, cold, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, loadBefore);
            benchmark.report(requests);
            System.out.printf("heap used after GC %d MB; load average after %s%n", heapAfterGc(), loadAverage());
        } finally {
            service.close();
        }
    }

    private void report(int requests) throws Exception {
        JsonNode pipeline = json(get("planner", "/api/succession"));
        List<String> drillDowns = new ArrayList<>();
        for (JsonNode role : pipeline.get("roles")) {
            for (int i = 0; i < Math.min(10, role.get("ranked").size()); i++) {
                drillDowns.add("/succession/" + role.get("ranked").get(i).get("employeeId").asString() + "?role="
                        + role.get("roleId").asString());
            }
        }
        System.out.printf("%d requests each, one at a time, after %d warm-up requests%n", requests, requests / 2);
        System.out.printf("| request | response (KB) | p50 (ms) | p99 (ms) |%n|---|---|---|---|%n");
        measure("TNA `GET /api/tna`", "lnd", List.of("/api/tna"), requests);
        measure("Training needs page `/training-needs`", "lnd", List.of("/training-needs"), requests);
        measure("succession `GET /api/succession`", "planner", List.of("/api/succession"), requests);
        measure("succession, best 20 a role `GET /api/succession?limit=20`", "planner",
                List.of("/api/succession?limit=20"), requests);
        measure("Succession page `/succession`", "planner", List.of("/succession"), requests);
        measure("drill-down `/succession/{id}?role=`", "planner", drillDowns, requests);
        reflected(pipeline);
    }

    private void measure(String what, String user, List<String> uris, int requests) throws Exception {
        for (int i = 0; i < requests / 2; i++) {
            get(user, uris.get(i % uris.size()));
        }
        List<Long> micros = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            bytes += get(user, uris.get(i % uris.size())).length();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("| %s | %,d | %.1f | %.1f |%n", what, bytes / requests / 1024, micros.get(requests / 2) / 1000.0,
                micros.get((int) Math.ceil(requests * 0.99) - 1) / 1000.0);
    }

    /**
     * An assessor records an ineffective behaviour for one candidate (a red flag at once); the time from sending it to
     * the first succession read (of the candidate's team) that shows the red flag, for {@link #CHANGES} candidates.
     */
    private void reflected(JsonNode pipeline) throws Exception {
        JsonNode role = pipeline.get("roles").get(pipeline.get("roles").size() - 1);
        get("admin", "/api/tna"); // signs the assessor in (BCrypt) before anything is timed
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            JsonNode candidate = role.get("ranked").get(i * 7);
            String id = candidate.get("employeeId").asString();
            JsonNode unit = candidate.get("unit");
            String read = "/api/succession?role=" + role.get("roleId").asString() + "&unit=" + URLEncoder.encode(
                    unit.get("directorate").asString() + "/" + unit.get("service").asString() + "/"
                            + unit.get("team").asString(), StandardCharsets.UTF_8);
            int redFlags = candidate.get("redFlags").asInt();
            long start = System.nanoTime();
            send("admin", HttpRequest.newBuilder(URI.create(base + "/api/employees/" + id + "/evidence"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"competencyId": "seeing-the-big-picture",
                             "indicatorId": "seeing-the-big-picture.ineffective.01", "source": "ASSESSMENT",
                             "observedOn": "%s"}""".formatted(LocalDate.now().minusDays(1)))));
            while (redFlagsOf(json(get("planner", read)), id) != redFlags + 1) {
                Thread.onSpinWait();
            }
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("one evidence change shown in succession (POST, then reads until shown), %d changes: "
                + "median %.1f ms, slowest %.1f ms%n", CHANGES, micros.get(CHANGES / 2) / 1000.0,
                micros.get(CHANGES - 1) / 1000.0);
    }

    private static int redFlagsOf(JsonNode pipeline, String employeeId) {
        for (JsonNode candidate : pipeline.get("roles").get(0).get("ranked")) {
            if (candidate.get("employeeId").asString().equals(employeeId)) {
                return candidate.get("redFlags").asInt();
            }
        }
        throw new IllegalStateException(employeeId + " is not in the pipeline");
    }

    private String get(String user, String uri) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(base + uri)).GET());
    }

    /**
     * Sends as {@code user}: the API with HTTP Basic on every request, as a stateless client does; the pages in the
     * session a sign-in through the login form opened (pages take no HTTP Basic), as a browser does.
     */
    private String send(String user, HttpRequest.Builder request) throws Exception {
        HttpClient http = clients.computeIfAbsent(user, this::signedIn);
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri());
        }
        return response.body();
    }

    /** A client with the session cookie of {@code user}'s sign-in through the login form. */
    private HttpClient signedIn(String user) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no sign-in form at " + base + "/login");
            }
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD
                            + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String landing = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() / 100 != 3 || landing.contains("error")) {
                throw new IllegalStateException(user + " could not sign in: " + signIn.statusCode() + " " + landing);
            }
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** The generated council in the database, and the users who read it, announced as an import announces it. */
    static void store(ConfigurableApplicationContext service, int count) {
        RoleCatalogue roles = service.getBean(RoleCatalogue.class);
        List<Employee> council = new WorkforceGenerator(service.getBean(FrameworkCatalogue.class).get(FRAMEWORK),
                roles.rolesOf(FRAMEWORK)).generate(count, 2026, LocalDate.now());
        service.getBean(EmployeeRepository.class).saveAll(council.stream().map(EmployeeEntity::of).toList());
        service.getBean(EvidenceRepository.class).saveAll(council.stream()
                .flatMap(e -> e.evidence().stream().map(evidence -> EvidenceEntity.of(e.id(), evidence))).toList());
        String hash = service.getBean(PasswordEncoder.class).encode(PASSWORD);
        service.getBean(AppUserRepository.class).saveAll(List.of(new AppUser("lnd", hash, Role.LND, null),
                new AppUser("planner", hash, Role.WORKFORCE_PLANNER, null), new AppUser("admin", hash, Role.ADMIN, null)));
        Set<String> ids = council.stream().map(Employee::id).collect(Collectors.toSet());
        service.publishEvent(new PeopleChanged(ids));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long heapAfterGc() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
