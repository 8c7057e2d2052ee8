package vn.danvan.organisation.internal.account;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SecurityProperties;

/** Counts failed sign-ins per account and locks the account for a while after too many in a row. */
@Component
class SignInListener {

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SignInListener(UserAccountRepository accounts, SecurityProperties properties, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        accounts.findByUsername(username).ifPresent(account -> {
            boolean locked = account.recordFailedSignIn(
                    properties.maxFailedAttempts(), properties.lockoutDuration(), clock.instant());
            if (locked) {
                audit.record(AuditEvent.of(
                        "organisation.account.locked",
                        "user_account",
                        account.id().toString(),
                        Map.of("username", account.username())));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getPrincipal());
    }

    private void recordSuccess(Object principal) {
        if (principal instanceof CurrentUser user) {
            accounts.recordSignIn(user.id(), clock.instant());
        }
    }
}
