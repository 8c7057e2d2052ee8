package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registered model or exemplar as the pages show it. */
record EntryRow(
        UUID id,
        String kind,
        int year,
        String name,
        String field,
        String level,
        UUID ownerOrgId,
        String ownerOrgName,
        String path,
        String placeUnitId,
        String placeUnitName,
        String placePath,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String participants,
        String summary,
        LocalDate startedOn,
        String status,
        @Nullable UUID replicatedFrom,
        boolean isPublic,
        boolean demo) {

    static final String COLUMNS = "e.id, e.kind, e.year, e.name, e.field, e.level, e.owner_org_id, e.owner_org_name,"
            + " e.path, e.place_unit_id, e.place_unit_name, e.place_path, e.latitude, e.longitude, e.participants,"
            + " e.summary, e.started_on, e.status, e.replicated_from, e.public, e.demo";

    static EntryRow map(ResultSet rs, int row) throws SQLException {
        return new EntryRow(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getString("field"),
                rs.getString("level"),
                rs.getObject("owner_org_id", UUID.class),
                rs.getString("owner_org_name"),
                rs.getString("path"),
                rs.getString("place_unit_id"),
                rs.getString("place_unit_name"),
                rs.getString("place_path"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getString("participants"),
                rs.getString("summary"),
                rs.getObject("started_on", LocalDate.class),
                rs.getString("status"),
                rs.getObject("replicated_from", UUID.class),
                rs.getBoolean("public"),
                rs.getBoolean("demo"));
    }

    /** Whether the year is closed for this entry: no more updates or self-assessments. */
    boolean closedFor(int currentYear) {
        return EntryService.CLOSED_STATUSES.contains(status) || year < currentYear - 1;
    }
}
