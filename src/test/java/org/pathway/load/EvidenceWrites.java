package org.pathway.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence written over HTTP by the load and crash tests, as the demo admin, to the demo council's 200 generated
 * employees, and read back afterwards: an acknowledged write is "employee/evidence id".
 */
final class EvidenceWrites {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int EMPLOYEES = 200;
    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:pathway-demo".getBytes(StandardCharsets.UTF_8));

    private EvidenceWrites() {
    }

    static String anyEmployee() {
        return String.format("am-%05d", 1 + ThreadLocalRandom.current().nextInt(EMPLOYEES));
    }

    static HttpRequest write(String base, String employee, String example) {
        return HttpRequest.newBuilder(URI.create(base + "/api/employees/" + employee + "/evidence"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"competencyId": "delivering-at-pace", "indicatorId": "delivering-at-pace.level-2.01",
                         "source": "ASSESSMENT", "observedOn": "2026-10-01", "example": "%s"}""".formatted(example)))
                .build();
    }

    /** The write the service acknowledged (201 with the new id), if it did. */
    static Optional<String> acknowledged(String employee, HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        return response.statusCode() == 201 && id.find() ? Optional.of(employee + "/" + id.group(1)) : Optional.empty();
    }

    /** Reads each written employee's evidence back and counts the acknowledged writes that are not there. */
    static long missing(HttpClient http, String base, Set<String> acknowledged) throws Exception {
        long missing = 0;
        for (String employee : acknowledged.stream().map(a -> a.substring(0, a.indexOf('/'))).distinct().toList()) {
            String stored = http.send(HttpRequest.newBuilder(URI.create(base + "/api/employees/" + employee
                    + "/evidence")).header("Authorization", ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            missing += acknowledged.stream().filter(a -> a.startsWith(employee + "/"))
                    .filter(a -> !stored.contains("\"" + a.substring(a.indexOf('/') + 1) + "\"")).count();
        }
        return missing;
    }
}
