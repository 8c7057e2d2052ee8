package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.text.VietnameseText;

/**
 * The public showcase's reads. Only an entry that is RECOGNISED, marked public and holds a recognition that is not
 * revoked is ever returned, and only its public fields (never participants, owner's people or internal notes); of its
 * files only those the unit marked public.
 */
@Service
class ShowcaseQueries {

    static final int PAGE_SIZE = 12;

    /** The condition every public read adds, on an entry aliased {@code e}. */
    static final String PUBLIC = "e.status = 'RECOGNISED' AND e.public AND EXISTS (SELECT 1 FROM ex_recognition rv"
            + " WHERE rv.entry_id = e.id AND rv.revoked_on IS NULL)";

    private static final String CARD_COLUMNS = "e.id, e.kind, e.name, e.field, e.year, e.place_unit_name, e.summary,"
            + " (SELECT r.level FROM ex_recognition r WHERE r.entry_id = e.id AND r.revoked_on IS NULL"
            + "   ORDER BY r.decided_on DESC LIMIT 1) AS recognised_level,"
            + " (SELECT uf.file_id FROM ex_update_file uf JOIN ex_update u ON u.id = uf.update_id"
            + "   WHERE u.entry_id = e.id AND uf.public ORDER BY u.reported_on DESC, uf.file_id LIMIT 1) AS photo";

    /** The filter of the public list (null or blank: any). */
    record Filter(
            @Nullable String q,
            @Nullable String field,
            @Nullable Integer year,
            @Nullable String commune) {}

    /** A card of the list. */
    record Card(
            UUID id,
            String kind,
            String name,
            String field,
            int year,
            String place,
            String summary,
            @Nullable String recognisedLevel,
            @Nullable UUID photo) {}

    /** A page of cards. */
    record Page(List<Card> cards, int page, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** The public detail of an entry. */
    record Detail(
            UUID id,
            String kind,
            String name,
            String field,
            int year,
            String place,
            String owner,
            String summary,
            @Nullable String story,
            LocalDate startedOn,
            @Nullable String recognisedLevel,
            @Nullable String decision,
            @Nullable LocalDate decidedOn,
            @Nullable String authority,
            @Nullable String award,
            List<UUID> photos) {}

    /** A point of the map. */
    record Point(UUID id, String name, String place, String field, BigDecimal latitude, BigDecimal longitude) {}

    /** A commune to filter on. */
    record Commune(String id, String name) {}

    private final JdbcClient jdbc;

    ShowcaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page page(Filter filter, int page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT count(*) FROM ex_entry e WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        int p = Math.max(0, Math.min(page, 10_000));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add(p * PAGE_SIZE);
        List<Card> cards = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM ex_entry e WHERE " + where
                        + " ORDER BY e.year DESC, e.sort_key, e.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new Card(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("field"),
                        rs.getInt("year"),
                        rs.getString("place_unit_name"),
                        rs.getString("summary"),
                        rs.getString("recognised_level"),
                        rs.getObject("photo", UUID.class)))
                .list();
        return new Page(cards, p, total);
    }

    @Transactional(readOnly = true)
    Optional<Detail> detail(UUID id) {
        List<UUID> photos = jdbc.sql("SELECT uf.file_id FROM ex_update_file uf JOIN ex_update u ON u.id = uf.update_id"
                        + " JOIN ex_entry e ON e.id = u.entry_id WHERE e.id = ? AND uf.public AND " + PUBLIC
                        + " ORDER BY u.reported_on DESC, uf.file_id")
                .params(id)
                .query(UUID.class)
                .list();
        return jdbc.sql("SELECT e.id, e.kind, e.name, e.field, e.year, e.place_unit_name, e.owner_org_name, e.summary,"
                        + " e.story, e.started_on, r.level AS recognised_level, r.decision_number, r.decided_on,"
                        + " r.authority, r.award FROM ex_entry e LEFT JOIN LATERAL (SELECT * FROM ex_recognition x"
                        + " WHERE x.entry_id = e.id AND x.revoked_on IS NULL ORDER BY x.decided_on DESC LIMIT 1) r"
                        + " ON true WHERE e.id = ? AND " + PUBLIC)
                .params(id)
                .query((rs, n) -> new Detail(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("field"),
                        rs.getInt("year"),
                        rs.getString("place_unit_name"),
                        rs.getString("owner_org_name"),
                        rs.getString("summary"),
                        rs.getString("story"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getString("recognised_level"),
                        rs.getString("decision_number"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("authority"),
                        rs.getString("award"),
                        photos))
                .optional();
    }

    /** Whether the file is a public photo of a public entry. */
    @Transactional(readOnly = true)
    boolean isPublicPhoto(UUID entryId, UUID fileId) {
        return jdbc.sql("SELECT count(*) FROM ex_update_file uf JOIN ex_update u ON u.id = uf.update_id"
                                + " JOIN ex_entry e ON e.id = u.entry_id WHERE e.id = ? AND uf.file_id = ? AND uf.public AND "
                                + PUBLIC)
                        .params(entryId, fileId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The points of the entries matching the filter that have a map point (at most 5,000). */
    @Transactional(readOnly = true)
    List<Point> points(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT e.id, e.name, e.place_unit_name, e.field, e.latitude, e.longitude FROM ex_entry e"
                        + " WHERE " + where + " AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
                        + " ORDER BY e.year DESC, e.id LIMIT 5000")
                .params(params)
                .query((rs, n) -> new Point(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("place_unit_name"),
                        rs.getString("field"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")))
                .list();
    }

    /** The communes that have something on show. */
    @Transactional(readOnly = true)
    List<Commune> communes() {
        return jdbc.sql("SELECT e.place_unit_id, min(e.place_unit_name) AS name FROM ex_entry e WHERE " + PUBLIC
                        + " GROUP BY e.place_unit_id ORDER BY name")
                .query((rs, n) -> new Commune(rs.getString("place_unit_id"), rs.getString("name")))
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(PUBLIC);
        if (filter.q() != null && !filter.q().isBlank()) {
            String folded = VietnameseText.fold(filter.q());
            if (!folded.isBlank()) {
                where.append(" AND e.search_text LIKE ?");
                params.add(
                        "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (StatsQueries.oneOf(StatsQueries.FIELDS, filter.field()) != null) {
            where.append(" AND e.field = ?");
            params.add(filter.field());
        }
        if (filter.year() != null) {
            where.append(" AND e.year = ?");
            params.add(filter.year());
        }
        if (filter.commune() != null && !filter.commune().isBlank()) {
            where.append(" AND e.place_unit_id = ?");
            params.add(filter.commune());
        }
        return where.toString();
    }
}
