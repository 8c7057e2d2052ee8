package vn.danvan.organisation.internal.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.shared.Ids;

/**
 * A person's account: a username, a hashed password, and roles granted in organisations. Repeated failed
 * sign-ins lock it for a while; an account an administrator created must change its password first.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    private String username;
    private String passwordHash;
    private UUID personId;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastSignInAt;
    private String path;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "userId", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RoleGrant> grants = new ArrayList<>();

    protected UserAccount() {}

    UserAccount(
            String username, String passwordHash, UUID personId, String path, boolean mustChangePassword, Instant now) {
        this.id = Ids.newId();
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.path = path;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.updatedAt = now;
    }

    RoleGrant grant(Role role, UUID orgUnitId, String scopePath, @Nullable UUID grantedBy, Instant now) {
        boolean exists =
                grants.stream().anyMatch(g -> g.role() == role && g.orgUnitId().equals(orgUnitId));
        if (exists) {
            throw new OrganisationRuleViolation("organisation.error.roleAlreadyGranted");
        }
        RoleGrant grant = new RoleGrant(id, role, orgUnitId, scopePath, grantedBy, now);
        grants.add(grant);
        updatedAt = now;
        return grant;
    }

    RoleGrant revoke(UUID grantId, Instant now) {
        RoleGrant grant = grants.stream()
                .filter(g -> g.id().equals(grantId))
                .findFirst()
                .orElseThrow(() -> new OrganisationRuleViolation("organisation.error.unknownGrant"));
        grants.remove(grant);
        updatedAt = now;
        return grant;
    }

    /** A failed sign-in; after {@code max} in a row the account is locked for {@code lockout}. */
    boolean recordFailedSignIn(int max, Duration lockout, Instant now) {
        failedAttempts++;
        if (failedAttempts >= max) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.updatedAt = now;
    }

    /** An administrator sets a temporary password, which the user must replace at the next sign-in. */
    void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    void enable(Instant now) {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public UUID personId() {
        return personId;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    public String path() {
        return path;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<RoleGrant> grants() {
        return List.copyOf(grants);
    }
}
