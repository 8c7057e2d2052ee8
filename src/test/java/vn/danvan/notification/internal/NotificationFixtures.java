package vn.danvan.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People to notify, made for one test: a cadre of the demo province with an account, with or without e-mail. */
final class NotificationFixtures {

    private NotificationFixtures() {}

    /** A new account whose person has the given e-mail address (or none); returns the account's id. */
    static UUID person(JdbcClient jdbc, String fullName, @Nullable String email) {
        UUID personId = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        UUID home = jdbc.sql("SELECT id FROM org_unit WHERE path LIKE '33%' ORDER BY path, id LIMIT 1")
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person (id, full_name, email, home_org_unit_id, path, province_code, search_text,
                            sort_key, created_at, updated_at)
                        VALUES (?, ?, ?, ?, '33', '33', ?, ?, ?, ?)""")
                .params(personId, fullName, email, home, fullName, new byte[] {1}, now, now)
                .update();
        jdbc.sql("""
                        INSERT INTO user_account (id, username, password_hash, person_id, path, created_at, updated_at)
                        VALUES (?, ?, '{noop}x', ?, '33', ?, ?)""")
                .params(userId, "n" + userId.toString().substring(0, 12), personId, now, now)
                .update();
        return userId;
    }
}
