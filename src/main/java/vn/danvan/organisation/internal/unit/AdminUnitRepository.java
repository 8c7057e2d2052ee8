package vn.danvan.organisation.internal.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.ImportSummary;
import vn.danvan.organisation.LineageGapView;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitLineageView;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.text.VietnameseText;

/** The administrative units as the rest of the application reads them, straight from PostgreSQL. */
@Repository
class AdminUnitRepository implements AdminUnits {

    /** At most this many words of free text are matched; more add nothing but cost. */
    static final int MAX_WORDS = 8;

    private static final String COLUMNS = "u.id, u.code, u.level, u.kind, u.name, u.full_name, u.name_en, u.parent_id,"
            + " u.path, u.province_code, u.valid_from, u.valid_to";

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminUnitRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<AdminUnitView> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.id = :id")
                .param("id", id)
                .query(AdminUnitRepository::unit)
                .optional();
    }

    @Override
    public Optional<String> formedFromText(String id) {
        return jdbc.sql("SELECT formed_from_text FROM admin_unit WHERE id = :id AND formed_from_text IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    @Override
    public Page<AdminUnitView> search(UnitQuery query, Pageable page) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.level() != null) {
            where.append(" AND u.level = :level");
            params.put("level", query.level().name());
        }
        if (query.parentId() != null) {
            where.append(" AND u.parent_id = :parent");
            params.put("parent", query.parentId());
        }
        LocalDate at = query.at();
        if (at == null && !query.hasText() && query.parentId() == null) {
            at = LocalDate.now(clock);
        }
        if (at != null) {
            where.append(
                    " AND (u.valid_from IS NULL OR u.valid_from <= :at) AND (u.valid_to IS NULL OR u.valid_to >= :at)");
            params.put("at", at);
        }
        if (query.hasText()) {
            List<String> words = Arrays.stream(VietnameseText.fold(query.q()).split(" "))
                    .filter(w -> !w.isEmpty())
                    .distinct()
                    .limit(MAX_WORDS)
                    .toList();
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND u.search_text ILIKE :word").append(i);
                params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
        }
        String select = "SELECT " + COLUMNS + " FROM admin_unit u" + where + " ORDER BY u.sort_key, u.id";
        if (page.isPaged()) {
            select += " LIMIT :limit OFFSET :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        List<AdminUnitView> content =
                jdbc.sql(select).params(params).query(AdminUnitRepository::unit).list();
        return PageableExecutionUtils.getPage(
                content,
                page,
                () -> jdbc.sql("SELECT count(*) FROM admin_unit u" + where)
                        .params(params)
                        .query(Long.class)
                        .single());
    }

    @Override
    public List<AdminUnitView> ancestors(String id) {
        return jdbc.sql("""
                        WITH RECURSIVE up (id, parent_id, depth) AS (
                            SELECT p.id, p.parent_id, 1
                            FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
                            WHERE c.id = :id
                            UNION ALL
                            SELECT p.id, p.parent_id, up.depth + 1
                            FROM up JOIN admin_unit p ON p.id = up.parent_id
                            WHERE up.depth < 10
                        )
                        SELECT %s FROM up JOIN admin_unit u ON u.id = up.id ORDER BY up.depth DESC
                        """.formatted(COLUMNS))
                .param("id", id)
                .query(AdminUnitRepository::unit)
                .list();
    }

    @Override
    public List<UnitLineageView> predecessors(String id) {
        return lineage("l.successor_id = :id", "l.predecessor_id", id);
    }

    @Override
    public List<UnitLineageView> successors(String id) {
        return lineage("l.predecessor_id = :id", "l.successor_id", id);
    }

    private List<UnitLineageView> lineage(String condition, String otherSide, String id) {
        return jdbc.sql("SELECT " + COLUMNS + ", l.partial FROM admin_unit_lineage l JOIN admin_unit u ON u.id = "
                        + otherSide + " WHERE " + condition + " ORDER BY u.sort_key, u.id")
                .param("id", id)
                .query((rs, n) -> new UnitLineageView(unit(rs, n), rs.getBoolean("partial")))
                .list();
    }

    @Override
    public Page<LineageGapView> lineageGaps(Pageable page) {
        String select = """
                SELECT g.id, g.successor_id, s.full_name, g.fragment, g.reason, g.candidates
                FROM admin_unit_lineage_gap g JOIN admin_unit s ON s.id = g.successor_id
                ORDER BY s.path, g.id
                """;
        Map<String, Object> params = new LinkedHashMap<>();
        if (page.isPaged()) {
            select += " LIMIT :limit OFFSET :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        List<LineageGapView> content = jdbc.sql(select)
                .params(params)
                .query((rs, n) -> new LineageGapView(
                        rs.getLong("id"),
                        rs.getString("successor_id"),
                        rs.getString("full_name"),
                        rs.getString("fragment"),
                        LineageGapView.Reason.valueOf(rs.getString("reason")),
                        candidates(rs.getString("candidates"))))
                .list();
        return PageableExecutionUtils.getPage(
                content,
                page,
                () -> jdbc.sql("SELECT count(*) FROM admin_unit_lineage_gap")
                        .query(Long.class)
                        .single());
    }

    @Override
    public ImportSummary lastImport() {
        return findLastImport()
                .orElseThrow(() -> new IllegalStateException("The administrative units were never imported"));
    }

    Optional<ImportSummary> findLastImport() {
        return jdbc.sql("""
                        SELECT dataset, checksum, imported_at, unit_count, lineage_count, gap_count, duration_ms
                        FROM admin_unit_import WHERE dataset = :dataset
                        """)
                .param("dataset", AdminUnitImport.DATASET)
                .query((rs, n) -> new ImportSummary(
                        rs.getString("dataset"),
                        rs.getString("checksum"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getInt("unit_count"),
                        rs.getInt("lineage_count"),
                        rs.getInt("gap_count"),
                        rs.getLong("duration_ms")))
                .optional();
    }

    private static AdminUnitView unit(ResultSet rs, int row) throws SQLException {
        return new AdminUnitView(
                rs.getString("id"),
                rs.getString("code"),
                UnitLevel.valueOf(rs.getString("level")),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("full_name"),
                rs.getString("name_en"),
                rs.getString("parent_id"),
                rs.getString("path"),
                rs.getString("province_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    private static List<String> candidates(@Nullable String ids) {
        return ids == null || ids.isBlank() ? List.of() : List.of(ids.split(","));
    }

    /** Free text is matched literally: % and _ are not wildcards. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
