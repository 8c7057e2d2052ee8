package vn.danvan.organisation.internal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organisation.internal.people.PersonRepository;
import vn.danvan.shared.security.BearerTokenAuthenticator;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/** Turns an account (found by username or by access token) into the {@link CurrentUser} the application uses. */
@Component
class AccountDirectory implements UserDetailsService, BearerTokenAuthenticator {

    private final UserAccountRepository accounts;
    private final AccessTokenRepository tokens;
    private final PersonRepository people;
    private final Clock clock;

    AccountDirectory(
            UserAccountRepository accounts, AccessTokenRepository tokens, PersonRepository people, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .map(a -> toCurrentUser(a, true))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public Optional<CurrentUser> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(AccessToken.hash(token))
                .filter(t -> t.isUsable(now))
                .flatMap(t -> {
                    t.used(now);
                    return accounts.findById(t.userId());
                })
                .filter(a -> !a.mustChangePassword())
                .map(a -> toCurrentUser(a, false));
    }

    CurrentUser toCurrentUser(UserAccount account, boolean withPassword) {
        Set<String> permissions = new HashSet<>();
        Set<String> paths = new HashSet<>();
        boolean everywhere = false;
        for (RoleGrant grant : account.grants()) {
            permissions.addAll(grant.role().permissions());
            paths.add(grant.scopePath());
            everywhere |= grant.role().everywhere();
        }
        Scope scope = everywhere ? Scope.everything() : Scope.of(paths);
        String displayName =
                people.findById(account.personId()).map(p -> p.fullName()).orElse(account.username());
        return new CurrentUser(
                account.id(),
                account.username(),
                displayName,
                withPassword ? account.passwordHash() : null,
                permissions,
                scope,
                account.enabled(),
                account.isLocked(clock.instant()),
                account.mustChangePassword());
    }
}
