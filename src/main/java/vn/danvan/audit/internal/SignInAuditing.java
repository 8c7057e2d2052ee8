package vn.danvan.audit.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.danvan.audit.AuditActor;
import vn.danvan.audit.AuditEvent;
import vn.danvan.shared.security.CurrentUser;

/**
 * Puts sign-ins (successful or not) and sign-outs in the audit trail, from Spring Security's events.
 *
 * <p>Only interactive sign-ins count (the sign-in form, and later OpenID Connect or remember-me): an API request
 * that carries a personal access token is authenticated on every call and is not a sign-in. A failed attempt
 * keeps the username that was typed and the reason, never the password.
 */
@Component
class SignInAuditing {

    static final String SIGN_IN = "security.signin";
    static final String SIGN_OUT = "security.signout";
    static final String TARGET = "user";

    private final AuditRecorder recorder;

    SignInAuditing(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        AuditEvent entry = AuditEvent.of(
                SIGN_IN,
                TARGET,
                targetId(auth),
                Map.of("method", event.getGeneratedBy().getSimpleName()));
        recorder.append(entry, actor(auth), clientAddress(auth));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        AuditEvent entry = AuditEvent.failure(
                SIGN_IN,
                TARGET,
                null,
                Map.of("reason", event.getException().getClass().getSimpleName()));
        recorder.append(entry, AuditActor.named(attempt.getName()), clientAddress(attempt));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        recorder.append(AuditEvent.of(SIGN_OUT, TARGET, targetId(auth)), actor(auth), clientAddress(auth));
    }

    private static AuditActor actor(Authentication auth) {
        return auth.getPrincipal() instanceof CurrentUser user ? AuditActor.of(user) : AuditActor.named(auth.getName());
    }

    private static String targetId(Authentication auth) {
        return auth.getPrincipal() instanceof CurrentUser user ? user.id().toString() : auth.getName();
    }

    /** The current request's address, else the one Spring Security noted when the user signed in. */
    private static @Nullable String clientAddress(Authentication auth) {
        String current = AuditRecorder.clientAddress();
        if (current == null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return current;
    }
}
