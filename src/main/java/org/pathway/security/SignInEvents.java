package org.pathway.security;

import org.pathway.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's sign-in outcomes (form and HTTP Basic alike) to the {@link SignInThrottle}, and audits the
 * moment an account is locked.
 */
@Component
class SignInEvents {

    static final String LOCKED = "SIGN_IN_LOCKED";

    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SignInEvents(SignInThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        if (throttle.failed(username, address)) {
            audit.record("pathway", LOCKED, "account", username, null, null,
                    new Lockout(address, SignInThrottle.ACCOUNT_LIMIT, SignInThrottle.WINDOW.toMinutes()));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** What the audit keeps of a lockout: from where the last failure came, after how many, for how long. */
    record Lockout(String lastAddress, int failures, long minutes) {
    }
}
