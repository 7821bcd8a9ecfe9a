package org.pathway.web;

import org.pathway.security.PathwayUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or none) in every page's model, for the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUser {

    /** Read from the security context, so that a page served without Spring Security simply has no user. */
    @ModelAttribute("user")
    PathwayUser user() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof PathwayUser user ? user : null;
    }
}
