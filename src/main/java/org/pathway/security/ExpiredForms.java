package org.pathway.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted from a page whose session has ended (expired, signed out in another tab, server restarted) fails its
 * CSRF check: that is not a matter of the user's role, so instead of "not open to your role" the user is sent to sign
 * in again with "your session has expired", and returned to the page afterwards. Other refusals get the 403 page.
 */
class ExpiredForms implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            response.sendRedirect(request.getContextPath() + "/login?expired&continue="
                    + ReturnToPage.encode(ReturnToPage.pageOf(request)));
        } else {
            forbidden.handle(request, response, denied);
        }
    }
}
