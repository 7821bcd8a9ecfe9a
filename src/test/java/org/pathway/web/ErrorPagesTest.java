package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors no controller answers (no such address, not open to the role), over a real connection, where they are
 * forwarded to the error page: a page for a browser, a problem detail for an API client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    private int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String accept, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":pathway-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login", "text/html", null).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=pathway-demo&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aBrowserAskingForAPageThatDoesNotExistGetsTheNotFoundPage() throws Exception {
        signIn("daniel");

        HttpResponse<String> page = get("/team/does-not-exist", "text/html", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not found</h1>");
    }

    @Test
    void anApiClientAskingForAnAddressThatDoesNotExistGetsAProblem() throws Exception {
        HttpResponse<String> problem = get("/api/employees/am-ready-now/nothing-here", "application/json", "admin");

        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":404");
    }

    @Test
    void anApiClientWithoutCredentialsGetsAProblemAskingToSignIn() throws Exception {
        HttpResponse<String> problem = get("/api/frameworks", "application/json", null);

        assertThat(problem.statusCode()).isEqualTo(401);
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
