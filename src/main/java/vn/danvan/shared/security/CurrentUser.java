package vn.danvan.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every module sees them: who they are, what they may do (permissions, as strings owned
 * by each module's {@code XxxPermissions}) and where (their {@link Scope}).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<String> permissions;
    private final Set<String> scopePaths;
    private final boolean scopeEverything;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    public CurrentUser(
            UUID id,
            String username,
            String displayName,
            @Nullable String passwordHash,
            Set<String> permissions,
            Scope scope,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.permissions = Set.copyOf(permissions);
        this.scopePaths = Set.copyOf(scope.paths());
        this.scopeEverything = scope.isEverything();
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Scope scope() {
        return scopeEverything ? Scope.everything() : Scope.of(scopePaths);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, displayName, null, permissions, scope(), enabled, locked, false);
    }

    /** The password hash is dropped once the password has been checked, so it is never kept in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(SimpleGrantedAuthority::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser u && u.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
