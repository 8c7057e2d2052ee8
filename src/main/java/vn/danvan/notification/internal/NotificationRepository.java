package vn.danvan.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.notification.Notice;
import vn.danvan.shared.Ids;

/** The {@code notification} table. Every read and change is limited to one recipient's own notices. */
@Repository
class NotificationRepository {

    private static final String COLUMNS =
            "id, recipient_user_id, category, message_key, args, link, created_at, read_at, emailed_at";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the notice; {@code false} when the same notice already reached the person today. */
    boolean insert(Notice notice, Instant now, LocalDate today) {
        return jdbc.sql("""
                        INSERT INTO notification (id, recipient_user_id, category, message_key, args, link, dedup_key,
                            created_at, created_on)
                        VALUES (:id, :recipient, :category, :key, :args, :link, :dedup, :now, :today)
                        ON CONFLICT DO NOTHING""")
                        .param("id", Ids.newId())
                        .param("recipient", notice.recipientUserId())
                        .param("category", notice.category())
                        .param("key", notice.messageKey())
                        .param("args", NoticeArgs.toJson(notice.args()))
                        .param("link", notice.link())
                        .param("dedup", notice.dedupKey())
                        .param("now", Timestamp.from(now))
                        .param("today", today)
                        .update()
                > 0;
    }

    /** A page of the recipient's notices, newest first. */
    List<StoredNotice> page(UUID recipient, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_user_id = :r "
                        + "ORDER BY created_at DESC, id DESC OFFSET :offset LIMIT :limit")
                .param("r", recipient)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> notice(rs))
                .list();
    }

    long count(UUID recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    long countUnread(UUID recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id = :r AND read_at IS NULL")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    Optional<StoredNotice> find(UUID id, UUID recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id AND recipient_user_id = :r")
                .param("id", id)
                .param("r", recipient)
                .query((rs, n) -> notice(rs))
                .optional();
    }

    void markRead(UUID id, UUID recipient, Instant now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND recipient_user_id = :r AND read_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("r", recipient)
                .update();
    }

    int markAllRead(UUID recipient, Instant now) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE recipient_user_id = :r AND read_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("r", recipient)
                .update();
    }

    /** People with notices not yet e-mailed. */
    List<UUID> recipientsAwaitingDigest() {
        return jdbc.sql("SELECT DISTINCT recipient_user_id FROM notification WHERE emailed_at IS NULL "
                        + "ORDER BY recipient_user_id")
                .query(UUID.class)
                .list();
    }

    /**
     * A person's notices not yet e-mailed, oldest first, locked until the end of the transaction; rows another node is
     * already e-mailing are skipped, so no notice goes out twice.
     */
    List<StoredNotice> lockAwaitingDigest(UUID recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_user_id = :r AND emailed_at IS NULL "
                        + "ORDER BY created_at, id FOR UPDATE SKIP LOCKED")
                .param("r", recipient)
                .query((rs, n) -> notice(rs))
                .list();
    }

    void markEmailed(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE notification SET emailed_at = :now WHERE id IN (:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", List.copyOf(ids))
                .update();
    }

    private static StoredNotice notice(ResultSet rs) throws SQLException {
        return new StoredNotice(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient_user_id", UUID.class),
                rs.getString("category"),
                rs.getString("message_key"),
                NoticeArgs.fromJson(rs.getString("args")),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("read_at")),
                instant(rs.getTimestamp("emailed_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
