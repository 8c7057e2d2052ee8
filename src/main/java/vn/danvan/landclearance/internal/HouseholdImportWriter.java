package vn.danvan.landclearance.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Writes the good households of a checked list with JDBC batches: the households (stage derived from the dates
 * given, search text and sort key filled), their plots, and one stage change each ("Nhập từ tệp Excel", from nothing
 * to the stage, effective on the latest date given). Runs in the caller's transaction.
 */
@Component
class HouseholdImportWriter {

    static final String REASON = "Nhập từ tệp Excel";
    private static final int BATCH = 1000;

    private static final String INSERT_HOUSEHOLD = "INSERT INTO lc_household (id, project_id, code, unit_id, unit_name,"
            + " path, head_name, id_number, address, phone, representative, stage, inventoried_on, agreed_on,"
            + " compensation_amount, paid_amount, paid_on, handed_over_on, latitude, longitude, note, search_text,"
            + " sort_key, demo, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, 0)";
    private static final String INSERT_PLOT = "INSERT INTO lc_plot (id, household_id, project_id, map_sheet,"
            + " plot_number, land_type, recovered_area) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHANGE = "INSERT INTO lc_stage_change (id, household_id, project_id,"
            + " from_stage, to_stage, effective_on, changed_at, changed_by, changed_by_name, reason)"
            + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    HouseholdImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts written (households and plots) and the time each table took, in milliseconds. */
    record Written(int households, int plots, long householdMillis, long plotMillis, long historyMillis) {}

    Written write(
            UUID projectId,
            List<HouseholdImportDraft> households,
            LocalDate today,
            Instant now,
            @Nullable UUID userId,
            String userName) {
        List<UUID> ids = new ArrayList<>(households.size());
        for (int i = 0; i < households.size(); i++) {
            ids.add(Ids.newId());
        }
        Timestamp at = Timestamp.from(now);
        List<Integer> positions = new ArrayList<>(households.size());
        for (int i = 0; i < households.size(); i++) {
            positions.add(i);
        }
        long started = System.nanoTime();
        jdbc.batchUpdate(INSERT_HOUSEHOLD, positions, BATCH, (ps, i) -> {
            HouseholdImportDraft h = households.get(i);
            HouseholdImportContext.ProjectCommune commune = h.commune();
            int c = 1;
            ps.setObject(c++, ids.get(i));
            ps.setObject(c++, projectId);
            ps.setString(c++, h.code);
            ps.setString(c++, commune.unitId());
            ps.setString(c++, commune.unitName());
            ps.setString(c++, commune.unitPath());
            ps.setString(c++, h.headName());
            text(ps, c++, h.value(ImportRowColumn.ID_NUMBER));
            ps.setString(c++, h.address());
            text(ps, c++, h.value(ImportRowColumn.PHONE));
            text(ps, c++, h.value(ImportRowColumn.REPRESENTATIVE));
            ps.setString(c++, h.stage().name());
            date(ps, c++, h.date(ImportRowColumn.INVENTORIED_ON));
            date(ps, c++, h.date(ImportRowColumn.AGREED_ON));
            ps.setObject(c++, h.number(ImportRowColumn.COMPENSATION), Types.NUMERIC);
            ps.setObject(c++, h.number(ImportRowColumn.PAID_AMOUNT), Types.NUMERIC);
            date(ps, c++, h.date(ImportRowColumn.PAID_ON));
            date(ps, c++, h.date(ImportRowColumn.HANDED_OVER_ON));
            ps.setObject(c++, h.number(ImportRowColumn.LATITUDE), Types.NUMERIC);
            ps.setObject(c++, h.number(ImportRowColumn.LONGITUDE), Types.NUMERIC);
            text(ps, c++, h.note());
            ps.setString(c++, searchText(h));
            ps.setBytes(c++, VietnameseText.sortKey(h.headName()));
            ps.setTimestamp(c++, at);
            ps.setTimestamp(c, at);
        });
        long householdsDone = System.nanoTime();
        List<Object[]> plots = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            for (HouseholdImportDraft.Plot p : households.get(i).plots) {
                plots.add(new Object[] {ids.get(i), p});
            }
        }
        jdbc.batchUpdate(INSERT_PLOT, plots, BATCH, (ps, row) -> {
            HouseholdImportDraft.Plot p = (HouseholdImportDraft.Plot) row[1];
            ps.setObject(1, Ids.newId());
            ps.setObject(2, row[0]);
            ps.setObject(3, projectId);
            ps.setString(4, p.mapSheet());
            ps.setString(5, p.plotNumber());
            ps.setString(6, p.landType().name());
            ps.setBigDecimal(7, p.area());
        });
        long plotsDone = System.nanoTime();
        jdbc.batchUpdate(INSERT_CHANGE, positions, BATCH, (ps, i) -> {
            HouseholdImportDraft h = households.get(i);
            ps.setObject(1, Ids.newId());
            ps.setObject(2, ids.get(i));
            ps.setObject(3, projectId);
            ps.setString(4, h.stage().name());
            ps.setObject(5, h.effectiveOn(today), Types.DATE);
            ps.setTimestamp(6, at);
            ps.setObject(7, userId, Types.OTHER);
            ps.setString(8, userName);
            ps.setString(9, REASON);
        });
        return new Written(
                households.size(),
                plots.size(),
                (householdsDone - started) / 1_000_000,
                (plotsDone - householdsDone) / 1_000_000,
                (System.nanoTime() - plotsDone) / 1_000_000);
    }

    /** What the household list's text search looks in: head, code, address, representative (folded). */
    static String searchText(HouseholdImportDraft h) {
        StringBuilder s = new StringBuilder()
                .append(h.headName())
                .append(' ')
                .append(h.code)
                .append(' ')
                .append(h.address());
        String representative = h.value(ImportRowColumn.REPRESENTATIVE);
        if (representative != null) {
            s.append(' ').append(representative);
        }
        return VietnameseText.fold(s.toString());
    }

    private static void text(PreparedStatement ps, int i, @Nullable Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value.toString());
        }
    }

    private static void date(PreparedStatement ps, int i, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, value, Types.DATE);
        }
    }
}
