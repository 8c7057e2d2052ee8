package vn.danvan.organisation.internal.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.Role;
import vn.danvan.shared.Ids;

/** A role granted to a user in an organisation; {@code scopePath} is the organisation's area. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    private UUID id;

    private UUID userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private UUID orgUnitId;
    private String scopePath;
    private Instant grantedAt;
    private @Nullable UUID grantedBy;

    protected RoleGrant() {}

    RoleGrant(UUID userId, Role role, UUID orgUnitId, String scopePath, @Nullable UUID grantedBy, Instant now) {
        this.id = Ids.newId();
        this.userId = userId;
        this.role = role;
        this.orgUnitId = orgUnitId;
        this.scopePath = scopePath;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public UUID orgUnitId() {
        return orgUnitId;
    }

    public String scopePath() {
        return scopePath;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
