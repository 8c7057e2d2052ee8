package vn.danvan.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.meeting.CovenantSignings;
import vn.danvan.shared.security.Scope;

/** Answers the covenant module's questions about the covenants signed at meetings, within the given scope. */
@Component
class CovenantSigningsAdapter implements CovenantSignings {

    private final MeetingRepository meetings;

    CovenantSigningsAdapter(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Signing> visible(Scope scope) {
        List<Signing> found = new ArrayList<>();
        for (Meeting meeting : meetings.findAll(
                (root, q, cb) ->
                        cb.and(scope.predicate(cb, root.get("path")), cb.isNotEmpty(root.get("covenantSignings"))),
                Sort.by(Sort.Direction.DESC, "startsAt", "id"))) {
            meeting.covenantSignings().forEach(s -> found.add(view(meeting, s)));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Signing> find(UUID signingId, Scope scope) {
        return visible(scope).stream().filter(s -> s.id().equals(signingId)).findFirst();
    }

    private static Signing view(Meeting meeting, CovenantSigning signing) {
        List<CovenantSigning.Party> parties = signing.parties();
        return new Signing(
                signing.id(),
                meeting.id(),
                meeting.title(),
                meeting.startsAt(),
                signing.title(),
                parties.stream().map(CovenantSigning.Party::orgName).toList(),
                parties.stream().map(CovenantSigning.Party::orgId).toList(),
                signing.fileId());
    }
}
