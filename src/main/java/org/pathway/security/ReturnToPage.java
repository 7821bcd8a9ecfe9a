package org.pathway.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in, back to the page the user was on ({@code continue}, set when a session expired under a form), or
 * the page a deep link asked for before sign-in, or to their role's landing page. Only a path on this site is followed, never another site (no open redirect).
 */
class ReturnToPage implements AuthenticationSuccessHandler {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%=&?-]*");
    private static final String HOME = "/home";
    private static final RequestCache REQUESTS = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        String page = request.getParameter("continue");
        if (!isLocal(page)) {
            page = linkedPage(request, response);
        }
        response.sendRedirect(request.getContextPath() + (isLocal(page) && !page.startsWith("/login") ? page : HOME));
    }

    /** The page a signed-out visitor asked for (a deep link) before being sent to sign in, if any. */
    private static String linkedPage(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = REQUESTS.getRequest(request, response);
        if (saved == null) {
            return null;
        }
        REQUESTS.removeRequest(request, response);
        URI asked = URI.create(saved.getRedirectUrl());
        // the cache marks the address it hands back with a bare "continue" parameter: the page never asked for it
        String query = asked.getRawQuery() == null ? "" : Stream.of(asked.getRawQuery().split("&"))
                .filter(p -> !p.equals("continue") && !p.startsWith("continue=")).collect(Collectors.joining("&"));
        return asked.getRawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The page a failed form came from: its Referer if that is on this site, else the area of the form's own URL. */
    static String pageOf(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(from.getHost()) && isLocal(from.getRawPath())) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAUri) {
                // fall back to the form's own area
            }
        }
        String path = request.getServletPath();
        int area = path.indexOf('/', 1);
        return area < 0 ? path : path.substring(0, area);
    }

    static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static boolean isLocal(String path) {
        return path != null && LOCAL_PATH.matcher(path).matches();
    }
}
