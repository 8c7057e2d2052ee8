package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Everyone's own notifications; another person's notice is not found (the one used here is the administrator's). */
public class NotificationMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /notifications", row(L, A, A, A, A, A, A));
        m.put("POST /notifications/{id}/read", row(L, A, N, N, N, N, N));
        m.put("POST /notifications/read-all", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/notifications", row(L, A, A, A, A, A, A));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        if (endpoint.equals("POST /notifications/{id}/read")) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO notification (id, recipient_user_id, category, message_key, args, link,
                                created_at, created_on)
                            SELECT ?, id, 'test', 'notification.nav', '[]', '/notifications', ?, ?
                            FROM user_account WHERE username = 'quantri'""")
                    .params(id, Timestamp.from(Instant.now()), LocalDate.now())
                    .update();
            return "/notifications/" + id + "/read";
        }
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }
}
