package vn.danvan.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables cal_notice_year, cal_notice_entry and cal_setting. */
@Repository
class NoticeRepository implements NoticeSource {

    private static final String ENTRY_COLUMNS = "id, day, kind, holiday, name, source";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public YearNotice notice(int year) {
        List<NoticeEntry> entries = jdbc.sql(
                        "SELECT " + ENTRY_COLUMNS + " FROM cal_notice_entry WHERE year = :y ORDER BY day")
                .param("y", year)
                .query((rs, n) -> entry(rs))
                .list();
        return jdbc.sql("SELECT complete, source FROM cal_notice_year WHERE year = :y")
                .param("y", year)
                .query((rs, n) -> new YearNotice(year, rs.getBoolean("complete"), rs.getString("source"), entries))
                .optional()
                .orElseGet(() -> new YearNotice(year, false, null, entries));
    }

    @Override
    public Optional<LocalDate> cultureDayFrom() {
        return jdbc.sql("SELECT culture_day_from FROM cal_setting WHERE id")
                .query((rs, n) -> Optional.ofNullable(rs.getObject("culture_day_from", LocalDate.class)))
                .optional()
                .flatMap(o -> o);
    }

    /** The year's notice row: whether it is complete, and its source; empty when nothing was entered. */
    Optional<YearNotice> yearRow(int year) {
        return jdbc.sql("SELECT complete, source FROM cal_notice_year WHERE year = :y")
                .param("y", year)
                .query((rs, n) -> new YearNotice(year, rs.getBoolean("complete"), rs.getString("source"), List.of()))
                .optional();
    }

    Optional<NoticeEntry> entry(UUID id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM cal_notice_entry WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    boolean entryOn(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM cal_notice_entry WHERE day = :d")
                        .param("d", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates the year's row if missing (not complete, with the given source); keeps an existing one. */
    void ensureYear(int year, String source, Instant now) {
        jdbc.sql("""
                        INSERT INTO cal_notice_year (year, complete, source, updated_at) VALUES (:y, false, :s, :now)
                        ON CONFLICT (year) DO NOTHING""")
                .param("y", year)
                .param("s", source)
                .param("now", Timestamp.from(now))
                .update();
    }

    void saveYear(int year, boolean complete, @Nullable String source, Instant now) {
        jdbc.sql("""
                        INSERT INTO cal_notice_year (year, complete, source, updated_at) VALUES (:y, :c, :s, :now)
                        ON CONFLICT (year) DO UPDATE SET complete = :c, source = :s, updated_at = :now""")
                .param("y", year)
                .param("c", complete)
                .param("s", source)
                .param("now", Timestamp.from(now))
                .update();
    }

    void insert(int year, NoticeEntry e, String username, Instant now) {
        jdbc.sql("""
                        INSERT INTO cal_notice_entry (id, year, day, kind, holiday, name, source, created_at, created_by)
                        VALUES (:id, :y, :day, :kind, :holiday, :name, :source, :now, :by)""")
                .param("id", e.id())
                .param("y", year)
                .param("day", e.day())
                .param("kind", e.kind().name())
                .param("holiday", e.holiday() == null ? null : e.holiday().name())
                .param("name", e.name())
                .param("source", e.source())
                .param("now", Timestamp.from(now))
                .param("by", username)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM cal_notice_entry WHERE id = :id").param("id", id).update();
    }

    void saveCultureDayFrom(@Nullable LocalDate from, Instant now) {
        jdbc.sql("UPDATE cal_setting SET culture_day_from = :f, updated_at = :now WHERE id")
                .param("f", from)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static NoticeEntry entry(ResultSet rs) throws SQLException {
        String holiday = rs.getString("holiday");
        return new NoticeEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("day", LocalDate.class),
                EntryKind.valueOf(rs.getString("kind")),
                holiday == null ? null : Holiday.valueOf(holiday),
                rs.getString("name"),
                rs.getString("source"));
    }
}
