package org.pathway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (HTTP Basic credentials, or the sign-in form) from an address that the
 * {@link SignInThrottle} has blocked, before any password is checked: 429 with a Retry-After for the API, back to the
 * sign-in page with a notice for the form.
 */
class BlockedAddresses extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    BlockedAddresses(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signsIn(request) || !throttle.isBlocked(request.getRemoteAddr())) {
            chain.doFilter(request, response);
        } else if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(SignInThrottle.WINDOW.toSeconds()));
            response.setContentType("application/problem+json");
            response.setStatus(429);
            response.getWriter().write("""
                    {"title":"Too Many Requests","status":429,\
                    "detail":"Too many failed sign-ins from this address; try again in %d minutes."}"""
                    .formatted(SignInThrottle.WINDOW.toMinutes()));
        } else {
            response.sendRedirect(request.getContextPath() + "/login?locked");
        }
    }

    private static boolean signsIn(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }
}
