package vn.danvan.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.audit.AuditActor;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.security.CurrentUser;

/**
 * Writes audit entries in the caller's transaction, working out who, when and from where.
 *
 * <p>Appends are serialised from the moment an entry is recorded until the recording transaction ends, so callers
 * record as the last step of their transaction, after the write itself.
 */
@Component
class AuditRecorder implements AuditTrail {

    private final AuditRepository entries;
    private final Clock clock;
    private final TransactionTemplate joinOrStart;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(AuditRepository entries, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        this.joinOrStart = new TransactionTemplate(transactions);
        this.joinOrStart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEvent event) {
        append(event, currentActor(), clientAddress());
    }

    @Override
    public void record(AuditEvent event, AuditActor actor) {
        append(event, actor, clientAddress());
    }

    AuditEntry append(AuditEvent event, AuditActor actor, @Nullable String clientAddress) {
        // A read-only transaction cannot insert; the read it audits has happened anyway, so its entry stands alone.
        boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        TransactionTemplate tx = readOnly ? ownTransaction : joinOrStart;
        AuditEntry entry = tx.execute(status -> entries.append(event, actor, clientAddress, clock));
        if (entry == null) {
            throw new IllegalStateException("The audit entry was not written");
        }
        return entry;
    }

    /** The signed-in user, else {@code anonymous} inside a web request, else {@code system}. */
    static AuditActor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            if (auth.getPrincipal() instanceof CurrentUser user) {
                return AuditActor.of(user);
            }
            return AuditActor.named(auth.getName());
        }
        return currentRequest() != null ? AuditActor.anonymous() : AuditActor.system();
    }

    /**
     * The client's address as the servlet container reports it. Behind a proxy it is the client's own address only
     * when {@code server.forward-headers-strategy} tells the container to trust {@code X-Forwarded-For}; a header
     * sent by the client is never read directly, so it cannot be forged.
     */
    static @Nullable String clientAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    private static @Nullable HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
