package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.pathway.people.EmployeeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2 MB limit on API bodies holds when the body does not declare its length (chunked): reading stops at the limit
 * with a 413, and nothing is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeTest {

    @LocalServerPort
    private int port;

    @Autowired
    private EmployeeRepository employees;

    /** An endless stream of the same bytes, stopped by the server, not by the client. */
    private static InputStream endless(String head, String repeated, long bytes) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] again = repeated.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes - sent);
                for (int i = 0; i < n; i++, sent++) {
                    buffer[offset + i] = sent < start.length ? start[(int) sent]
                            : again[(int) ((sent - start.length) % again.length)];
                }
                return n;
            }
        };
    }

    private HttpResponse<String> postChunked(String path, String type, InputStream body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pathway-demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefused() throws Exception {
        HttpResponse<String> answer = postChunked("/api/employees/am-ready-now/evidence", "application/json",
                endless("{\"competencyId\": \"delivering-at-pace\", \"example\": \"", "xxxxxxxxxx", 10L * 1024 * 1024));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("at most 2097152 bytes");
    }

    @Test
    void aChunkedCsvOverTheLimitIsRefusedAndNothingImported() throws Exception {
        long before = employees.count();

        HttpResponse<String> answer = postChunked("/api/admin/import/employees", "text/csv", endless(
                "employee_id,name,framework_id,current_role_id,contracted_hours\n",
                "big-import,Someone,ashfield-mansfield,officer,37\n", 10L * 1024 * 1024));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(employees.count()).isEqualTo(before);
    }
}
