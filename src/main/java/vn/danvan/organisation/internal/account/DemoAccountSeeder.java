package vn.danvan.organisation.internal.account;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.Role;

/**
 * Creates the demo accounts with the published demo password. Only the demo loader uses it, and only in demo mode;
 * real accounts are created by an administrator with a temporary password.
 */
@Component
public class DemoAccountSeeder {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    DemoAccountSeeder(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    @Transactional
    public UUID create(
            String username, String password, UUID personId, String personPath, Role role, UUID orgId, String orgPath) {
        UserAccount account =
                new UserAccount(username, encoder.encode(password), personId, personPath, false, clock.instant());
        account.grant(role, orgId, orgPath, null, clock.instant());
        accounts.save(account);
        audit.record(AuditEvent.of(
                "organisation.account.created",
                "user_account",
                account.id(),
                Map.of("username", username, "role", role.name(), "demo", "true")));
        return account.id();
    }
}
