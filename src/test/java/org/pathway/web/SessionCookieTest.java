package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as Tomcat really sends it: SameSite=Lax and HttpOnly; and none at all for API calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePagesSessionCookieIsSameSiteLaxAndHiddenFromScripts() throws Exception {
        HttpResponse<String> signInPage = get("/me", null);

        assertThat(signInPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void fiftyApiCallsWithoutACookieMakeNoSession() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("lnd:pathway-demo".getBytes(StandardCharsets.UTF_8));
        for (int call = 0; call < 50; call++) {
            HttpResponse<String> answered = get("/api/frameworks", basic);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.headers().allValues("Set-Cookie")).isEmpty();
        }
    }
}
