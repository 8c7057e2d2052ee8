package vn.danvan.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.security.Scope;

/**
 * The covenant signings recorded at meetings, for the covenant module to link its covenants to the meeting where
 * they were signed. Only meetings inside the given scope are answered.
 */
public interface CovenantSignings {

    /** Signings of meetings in the scope, newest meeting first. */
    List<Signing> visible(Scope scope);

    Optional<Signing> find(UUID signingId, Scope scope);

    /** A signing, with its meeting and the signed document's file id if one was attached. */
    record Signing(
            UUID id,
            UUID meetingId,
            String meetingTitle,
            LocalDateTime meetingStartsAt,
            String title,
            List<String> partyNames,
            List<UUID> partyOrgIds,
            @Nullable UUID fileId) {}
}
