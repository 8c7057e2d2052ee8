package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.D;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meeting pages. Every role reads meetings of its area; the provincial board, system administrators and commune
 * officers organise them. The record used is the demo conference of today's provincial board, outside Phường Phố
 * Hiến, so commune-level users get 404; the POSTs are sent without a body, so they change nothing.
 */
public class MeetingMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /meetings", row(L, A, A, A, A, A, A));
        m.put("GET /meetings/new", row(L, A, A, A, A, D, D));
        m.put("POST /meetings", row(L, A, A, A, A, D, D));
        m.put("GET /meetings/{id}", row(L, A, A, A, N, N, A));
        m.put("POST /meetings/{id}/documents", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/invitees", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/invitees/{inviteeId}/attendance", row(L, A, A, A, N, D, D));
        m.put("GET /meetings/{id}/invitation.ics", row(L, A, A, A, N, N, A));
        m.put("POST /meetings/{id}/invitations", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/contributions", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/conclusions", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/conclusion-notice", row(L, A, A, A, N, D, D));
        m.put("GET /meetings/{id}/conclusion-notice.docx", row(L, A, A, A, N, N, A));
        m.put("GET /meetings/{id}/conclusion-notice.pdf", row(L, A, A, A, N, N, A));
        m.put("POST /meetings/{id}/covenants", row(L, A, A, A, N, D, D));
        m.put("GET /meetings/{id}/covenants/{signingId}/document", row(L, N, N, N, N, N, N));
        m.put("GET /meetings/{id}/proposals", row(L, A, A, A, N, N, A));
        m.put("POST /meetings/{id}/proposals/{proposalId}/accept", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/proposals/{proposalId}/decline", row(L, A, A, A, N, D, D));
        m.put("POST /meetings/{id}/proposals/task", row(L, A, A, A, N, D, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (!path.contains("{")) {
            return path;
        }
        UUID meeting = jdbc.sql("SELECT id FROM meeting WHERE demo AND path = '33' ORDER BY starts_at DESC LIMIT 1")
                .query(UUID.class)
                .single();
        UUID invitee = jdbc.sql("SELECT id FROM meeting_invitee WHERE meeting_id = :m ORDER BY position LIMIT 1")
                .param("m", meeting)
                .query(UUID.class)
                .single();
        // An accepted proposal: accepting it again changes nothing, declining it without a reason is refused.
        UUID proposal = jdbc.sql("SELECT id FROM meeting_proposal WHERE meeting_id = :m AND decision = 'ACCEPTED'"
                        + " ORDER BY position LIMIT 1")
                .param("m", meeting)
                .query(UUID.class)
                .single();
        return path.replace("{id}", meeting.toString())
                .replace("{inviteeId}", invitee.toString())
                .replace("{proposalId}", proposal.toString())
                .replace("{signingId}", UUID.randomUUID().toString());
    }
}
