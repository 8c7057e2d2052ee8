package vn.danvan.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
