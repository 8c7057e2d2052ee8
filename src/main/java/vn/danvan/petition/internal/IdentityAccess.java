package vn.danvan.petition.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.security.CurrentUser;

/**
 * Who may see a sender (Luật Tố cáo 2018, Điều 9, 47, 56): for a confidential case only a user holding the identity
 * permission and granted access to that case; for any other case, users who may handle cases in scope. Every opening
 * is audited, without the identity itself.
 */
@Component
class IdentityAccess {

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final IdentityVault vault;
    private final AuditTrail audit;

    IdentityAccess(JdbcClient jdbc, CaseQueries queries, IdentityVault vault, AuditTrail audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.vault = vault;
        this.audit = audit;
    }

    /** For a case the user can already see (scope checked by the caller). */
    boolean maySee(CurrentUser user, CaseRecord c) {
        if (c.confidential()) {
            return user.can(PetitionPermissions.IDENTITY) && queries.hasGrant(c.id(), user.id());
        }
        return user.can(PetitionPermissions.HANDLE);
    }

    /** The sender of a case, decrypted; audited. Call only after {@link #maySee}. */
    NewPetition.@Nullable Sender open(CaseRecord c) {
        IdentityVault.Sealed sealed = jdbc.sql("SELECT key_id, name_enc, id_number_enc, address_enc, phone_enc,"
                        + " email_enc, fingerprint, anonymous FROM pt_identity WHERE case_id = ?")
                .param(c.id())
                .query((rs, n) -> new IdentityVault.Sealed(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getBytes(3),
                        rs.getBytes(4),
                        rs.getBytes(5),
                        rs.getBytes(6),
                        rs.getString(7),
                        rs.getBoolean(8)))
                .optional()
                .orElse(null);
        if (sealed == null) {
            return null;
        }
        audit.record(AuditEvent.of("petition.identity.viewed", "pt_case", c.id())
                .withDetail("trackingCode", c.trackingCode())
                .withDetail("confidential", c.confidential()));
        return vault.open(sealed);
    }

    /** Records that a user with access opened a file that may identify the sender (the file, not its content). */
    void fileViewed(CaseRecord c, UUID fileId) {
        audit.record(AuditEvent.of("petition.identity.fileViewed", "pt_case", c.id())
                .withDetail("trackingCode", c.trackingCode())
                .withDetail("file", fileId));
    }
}
