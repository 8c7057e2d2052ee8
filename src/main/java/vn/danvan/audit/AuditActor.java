package vn.danvan.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.security.CurrentUser;

/**
 * Who did it: a user (id and username at the time), or no user at all ({@link #system()} for scheduled jobs and
 * start-up work, {@link #anonymous()} for a request nobody signed in to). Normally {@link AuditTrail} works this
 * out from the security context; pass one explicitly only when that context does not yet (or no longer) say who
 * it is, as around sign-in and sign-out.
 */
public record AuditActor(@Nullable UUID id, String name) {

    /** The longest name kept; a failed sign-in records whatever was typed as the username. */
    public static final int MAX_NAME_LENGTH = 200;

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public AuditActor {
        name = AuditText.clean(name, MAX_NAME_LENGTH);
        if (name.isBlank()) {
            throw new IllegalArgumentException("An audit actor needs a name");
        }
    }

    public static AuditActor of(CurrentUser user) {
        return new AuditActor(user.id(), user.getUsername());
    }

    /**
     * Someone known only by a name that was not verified, such as the username typed in a failed sign-in.
     */
    public static AuditActor named(String name) {
        return new AuditActor(null, name.isBlank() ? ANONYMOUS : name);
    }

    public static AuditActor system() {
        return new AuditActor(null, SYSTEM);
    }

    public static AuditActor anonymous() {
        return new AuditActor(null, ANONYMOUS);
    }
}
