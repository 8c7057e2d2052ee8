package vn.danvan.exemplar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * The registry's statistics for a year or a range of years, in the user's area (by the owning unit's path): per
 * field × level, and per unit one level below a given unit (the drill-down). Each is one SQL query grouped in the
 * database; the counts are:
 *
 * <ul>
 *   <li>registered: the entries of the period;
 *   <li>effective: those whose annual self-assessment says effective;
 *   <li>recognised: those with a recognition decision that is not revoked;
 *   <li>replicas: those adopted from another unit's model ({@code replicated_from} set);
 *   <li>originals: those adopted by at least one other entry;
 *   <li>continued: those whose name and owner were already registered the previous year (the rest are new).
 * </ul>
 */
@Service
class StatsQueries {

    static final List<String> FIELDS = List.of("ECONOMIC", "CULTURAL_SOCIAL", "DEFENCE_SECURITY", "POLITICAL_SYSTEM");
    static final List<String> LEVELS = List.of("COMMUNE", "DISTRICT", "PROVINCE");
    static final List<String> STATUSES = List.of(
            "REGISTERED",
            "IN_PROGRESS",
            "SELF_ASSESSED",
            "UNDER_EVALUATION",
            "PROPOSED",
            "RECOGNISED",
            "NOT_RECOGNISED",
            "REVOKED",
            "CLOSED");

    private static final String COUNTS = "count(*) AS registered,"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ex_self_assessment s WHERE s.entry_id = e.id"
            + "   AND s.period = 'ANNUAL' AND s.effective)) AS effective,"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ex_recognition r WHERE r.entry_id = e.id"
            + "   AND r.revoked_on IS NULL)) AS recognised,"
            + " count(*) FILTER (WHERE e.replicated_from IS NOT NULL) AS replicas,"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ex_entry c WHERE c.replicated_from = e.id)) AS originals,"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ex_entry p WHERE p.owner_org_id = e.owner_org_id"
            + "   AND p.year = e.year - 1 AND p.name_key = e.name_key)) AS continued";

    /** The counts of one group of entries. */
    record Counts(long registered, long effective, long recognised, long replicas, long originals, long continued) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(
                    registered + o.registered,
                    effective + o.effective,
                    recognised + o.recognised,
                    replicas + o.replicas,
                    originals + o.originals,
                    continued + o.continued);
        }

        /** Entries new in their year (not continued from the year before). */
        public long fresh() {
            return registered - continued;
        }
    }

    /** The field × level table of a period, with its totals. */
    record Table(Map<String, Counts> cells) {

        public Counts cell(String field, String level) {
            return cells.getOrDefault(field + "/" + level, Counts.ZERO);
        }

        public Counts field(String field) {
            Counts sum = Counts.ZERO;
            for (String level : LEVELS) {
                sum = sum.plus(cell(field, level));
            }
            return sum;
        }

        public Counts level(String level) {
            Counts sum = Counts.ZERO;
            for (String field : FIELDS) {
                sum = sum.plus(cell(field, level));
            }
            return sum;
        }

        public Counts total() {
            Counts sum = Counts.ZERO;
            for (Counts c : cells.values()) {
                sum = sum.plus(c);
            }
            return sum;
        }
    }

    /** One unit of the drill-down, with the path to drill further. */
    record UnitRow(String path, String name, boolean self, Counts counts) {}

    private final JdbcClient jdbc;

    StatsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value if it is one of the allowed ones, else null (a bad filter value means no filter). */
    static @Nullable String oneOf(List<String> allowed, @Nullable String value) {
        return value != null && allowed.contains(value) ? value : null;
    }

    /** The signed-in user holding the permission; anonymous or without it: refused. */
    static CurrentUser require(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        if (!user.can(permission)) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
        return user;
    }

    /** Field × level for the years {@code from..to}, limited to the user's area and, if given, below a unit. */
    @Transactional(readOnly = true)
    Table table(Scope scope, int from, int to, @Nullable String under) {
        Scope.SqlCondition condition = scope.sql("e.path");
        List<Object> params = new ArrayList<>(List.of(from, to));
        params.addAll(condition.params());
        String underSql = "";
        if (under != null) {
            underSql = " AND (e.path = ? OR e.path LIKE ?)";
            params.add(under);
            params.add(like(under) + "/%");
        }
        Map<String, Counts> cells = new LinkedHashMap<>();
        jdbc.sql("SELECT e.field, e.level, " + COUNTS + " FROM ex_entry e WHERE e.year BETWEEN ? AND ? AND "
                        + condition.sql() + underSql + " GROUP BY e.field, e.level")
                .params(params)
                .query(rs -> {
                    cells.put(rs.getString("field") + "/" + rs.getString("level"), counts(rs));
                });
        return new Table(cells);
    }

    /**
     * The entries of the period per unit one level below {@code parent} (the owning unit's path), or per top unit
     * when {@code parent} is null; entries of the parent unit itself form their own row.
     */
    @Transactional(readOnly = true)
    List<UnitRow> units(Scope scope, int from, int to, @Nullable String parent) {
        Scope.SqlCondition condition = scope.sql("e.path");
        List<Object> params = new ArrayList<>();
        String child;
        String underSql = "";
        if (parent == null) {
            child = "split_part(e.path, '/', 1)";
        } else {
            child = "CASE WHEN e.path = ? THEN e.path ELSE ? || '/' || split_part(substr(e.path, ?), '/', 1) END";
            params.add(parent);
            params.add(parent);
            params.add(parent.length() + 2);
        }
        params.add(from);
        params.add(to);
        params.addAll(condition.params());
        if (parent != null) {
            underSql = " AND (e.path = ? OR e.path LIKE ?)";
            params.add(parent);
            params.add(like(parent) + "/%");
        }
        return jdbc.sql("SELECT g.child, COALESCE(a.full_name, g.child) AS name, g.registered, g.effective,"
                        + " g.recognised, g.replicas, g.originals, g.continued FROM (SELECT " + child + " AS child, "
                        + COUNTS + " FROM ex_entry e WHERE e.year BETWEEN ? AND ? AND " + condition.sql() + underSql
                        + " GROUP BY 1) g LEFT JOIN admin_unit a ON a.path = g.child"
                        + " ORDER BY g.registered DESC, name")
                .params(params)
                .query((rs, n) -> new UnitRow(
                        rs.getString("child"),
                        rs.getString("name"),
                        rs.getString("child").equals(parent),
                        counts(rs)))
                .list();
    }

    /** The years that have entries in the user's area, newest first. */
    @Transactional(readOnly = true)
    List<Integer> years(Scope scope) {
        Scope.SqlCondition condition = scope.sql("e.path");
        return jdbc.sql("SELECT DISTINCT e.year FROM ex_entry e WHERE " + condition.sql() + " ORDER BY e.year DESC")
                .params(condition.params())
                .query(Integer.class)
                .list();
    }

    private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Counts(
                rs.getLong("registered"),
                rs.getLong("effective"),
                rs.getLong("recognised"),
                rs.getLong("replicas"),
                rs.getLong("originals"),
                rs.getLong("continued"));
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
