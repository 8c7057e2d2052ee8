package vn.danvan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the Open311 API reads. Only reflections and recommendations (phản ánh, kiến nghị) that are not confidential
 * are ever visible through it; a request shows its category, subject, place, dates, status, the public answer and
 * the handling organisation — never the sender, the full content, notes or attachments.
 */
@Component
class Open311Queries {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The statuses in which a case is no longer being handled here: "closed" in Open311's terms. */
    static final List<String> CLOSED = List.of("CLOSED", "FILED", "TRANSFERRED", "GUIDED");

    static final String VISIBLE = "c.kind = 'REFLECTION' AND NOT c.confidential";

    /** A service: an active category offered through Open311. */
    record Service(
            UUID id, String code, String name, @Nullable String description) {}

    /** A commune of the province a request may concern. */
    record Commune(String id, String name, String path) {}

    /** Filters of GET requests. */
    record RequestFilter(
            List<String> ids,
            @Nullable String serviceCode,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            @Nullable Boolean open,
            int page,
            int pageSize) {}

    private final JdbcClient jdbc;

    Open311Queries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Service> services() {
        return jdbc.sql("SELECT id, code, name, description FROM pt_category WHERE active AND open311"
                        + " ORDER BY position, code")
                .query((rs, i) -> service(rs))
                .list();
    }

    Optional<Service> service(String code) {
        return jdbc.sql("SELECT id, code, name, description FROM pt_category WHERE active AND open311 AND code = :c")
                .param("c", code)
                .query((rs, i) -> service(rs))
                .optional();
    }

    private static Service service(ResultSet rs) throws SQLException {
        return new Service(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"));
    }

    List<Commune> communes(String province) {
        return jdbc.sql("SELECT id, full_name, path FROM admin_unit WHERE parent_id = :p AND valid_to IS NULL"
                        + " ORDER BY full_name, id")
                .param("p", province)
                .query((rs, i) -> new Commune(rs.getString("id"), rs.getString("full_name"), rs.getString("path")))
                .list();
    }

    Optional<Commune> commune(String province, String id) {
        return jdbc.sql("SELECT id, full_name, path FROM admin_unit WHERE parent_id = :p AND valid_to IS NULL"
                        + " AND id = :id")
                .param("p", province)
                .param("id", id)
                .query((rs, i) -> new Commune(rs.getString("id"), rs.getString("full_name"), rs.getString("path")))
                .optional();
    }

    /** The active client whose key has this hash. */
    Optional<UUID> clientByKeyHash(String hash) {
        return jdbc.sql("SELECT id FROM pt_api_client WHERE key_hash = :h AND active")
                .param("h", hash)
                .query(UUID.class)
                .optional();
    }

    private static final String SELECT = "SELECT c.tracking_code, c.status, c.public_answer, c.subject,"
            + " c.handling_org_name, c.received_at, c.updated_at, c.step_due_on, c.resolution_due_on,"
            + " c.location_text, c.unit_id, c.latitude, c.longitude, cat.code AS service_code,"
            + " cat.name AS service_name FROM pt_case c LEFT JOIN pt_category cat ON cat.id = c.category_id WHERE "
            + VISIBLE;

    List<Map<String, @Nullable Object>> requests(RequestFilter f) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        if (!f.ids().isEmpty()) {
            sql.append(" AND c.tracking_code IN (")
                    .append(String.join(",", f.ids().stream().map(x -> "?").toList()))
                    .append(")");
            params.addAll(f.ids());
        }
        if (f.serviceCode() != null) {
            sql.append(" AND cat.code = ?");
            params.add(f.serviceCode());
        }
        if (f.start() != null) {
            sql.append(" AND c.received_at >= ?");
            params.add(f.start());
        }
        if (f.end() != null) {
            sql.append(" AND c.received_at <= ?");
            params.add(f.end());
        }
        if (f.open() != null) {
            sql.append(f.open() ? " AND c.status NOT IN " : " AND c.status IN ")
                    .append("('CLOSED', 'FILED', 'TRANSFERRED', 'GUIDED')");
        }
        sql.append(" ORDER BY c.received_at DESC, c.id LIMIT ? OFFSET ?");
        params.add(f.pageSize());
        params.add((long) (f.page() - 1) * f.pageSize());
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> request(rs))
                .list();
    }

    Optional<Map<String, @Nullable Object>> request(String trackingCode) {
        return jdbc.sql(SELECT + " AND c.tracking_code = ?")
                .params(List.of(trackingCode))
                .query((rs, i) -> request(rs))
                .optional();
    }

    private static Map<String, @Nullable Object> request(ResultSet rs) throws SQLException {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        boolean closed = CLOSED.contains(rs.getString("status"));
        m.put("service_request_id", rs.getString("tracking_code"));
        m.put("status", closed ? "closed" : "open");
        m.put("status_notes", rs.getString("public_answer"));
        m.put("service_name", rs.getString("service_name"));
        m.put("service_code", rs.getString("service_code"));
        m.put("description", rs.getString("subject"));
        m.put("agency_responsible", rs.getString("handling_org_name"));
        m.put("service_notice", null);
        m.put("requested_datetime", datetime(rs.getObject("received_at", OffsetDateTime.class)));
        m.put("updated_datetime", datetime(rs.getObject("updated_at", OffsetDateTime.class)));
        LocalDate due = rs.getObject("step_due_on", LocalDate.class);
        if (due == null) {
            due = rs.getObject("resolution_due_on", LocalDate.class);
        }
        m.put("expected_datetime", dueDatetime(due));
        m.put("address", rs.getString("location_text"));
        m.put("address_id", rs.getString("unit_id"));
        m.put("zipcode", null);
        m.put("lat", rs.getBigDecimal("latitude"));
        m.put("long", rs.getBigDecimal("longitude"));
        m.put("media_url", null);
        return m;
    }

    static @Nullable String datetime(@Nullable OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(VIETNAM).withNano(0).format(ISO);
    }

    /** A statutory due date is the whole day: the request is expected by its end, Vietnam time. */
    static @Nullable String dueDatetime(@Nullable LocalDate day) {
        return day == null ? null : day.atTime(23, 59, 59).atOffset(VIETNAM).format(ISO);
    }
}
