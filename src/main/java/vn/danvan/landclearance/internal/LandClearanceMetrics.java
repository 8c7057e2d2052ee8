package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.covenant.Measurement;
import vn.danvan.covenant.MetricSubject;
import vn.danvan.shared.security.Scope;

/**
 * What the land-clearance metrics of the covenant catalogue share: the projects a scope may choose, and one SQL query
 * answering every area at once. Areas are given as {@code unnest(?::text[])} and joined on the path of the counted
 * rows ({@code path = area OR path LIKE area || '/%'}), so a hundred parties cost one query, not a hundred.
 */
@Component
class LandClearanceMetrics {

    /** Stands for the array of areas among a query's parameters. */
    static final Object AREAS = new Object();

    private final JdbcClient jdbc;

    LandClearanceMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key projects visible in a scope: owned in it, or crossing a commune in it. */
    List<MetricSubject> projects(Scope scope) {
        Scope.SqlCondition own = scope.sql("p.path");
        Scope.SqlCondition crossed = scope.sql("c.unit_path");
        List<Object> params = new ArrayList<>(own.params());
        params.addAll(crossed.params());
        return jdbc.sql("SELECT p.id, p.code, p.name FROM lc_project p WHERE " + own.sql()
                        + " OR EXISTS (SELECT 1 FROM lc_project_commune c WHERE c.project_id = p.id AND "
                        + crossed.sql() + ") ORDER BY p.code, p.id")
                .params(params)
                .query((rs, n) -> new MetricSubject(rs.getString(1), rs.getString(2) + " — " + rs.getString(3)))
                .list();
    }

    /** The project id of a query's subject, or {@code null} when it is missing or not an id. */
    static @Nullable UUID project(@Nullable String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(subject.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Zero for every area: nothing to count. */
    static Map<String, Measurement> zeros(Collection<String> paths) {
        Map<String, Measurement> result = new LinkedHashMap<>();
        for (String p : paths) {
            result.put(p, new Measurement(BigDecimal.ZERO, null, null));
        }
        return result;
    }

    /**
     * Runs a query (with {@link #AREAS} where the array of areas goes among the parameters) whose rows are (area, part, whole), and turns
     * each row into a share; an area with a zero whole has value zero and no denominator.
     */
    Map<String, Measurement> shares(String sql, Collection<String> paths, Object... params) {
        Map<String, Measurement> result = zeros(paths);
        query(sql, paths, params, (area, part, whole) -> {
            if (whole != null && whole.signum() > 0) {
                result.put(area, Measurement.share(part == null ? BigDecimal.ZERO : part, whole));
            }
        });
        return result;
    }

    /** Runs a query whose rows are (area, value) and keeps each value as a plain amount. */
    Map<String, Measurement> amounts(String sql, Collection<String> paths, boolean count, Object... params) {
        Map<String, Measurement> result = zeros(paths);
        query(sql, paths, params, (area, value, unused) -> {
            BigDecimal v = value == null ? BigDecimal.ZERO : value;
            result.put(area, count ? Measurement.count(v.longValue()) : Measurement.of(v));
        });
        return result;
    }

    private interface RowSink {
        void accept(String area, @Nullable BigDecimal a, @Nullable BigDecimal b);
    }

    private void query(String sql, Collection<String> paths, Object[] params, RowSink sink) {
        if (paths.isEmpty()) {
            return;
        }
        String[] areas = new LinkedHashSet<>(paths).toArray(String[]::new);
        List<Object> all = new ArrayList<>();
        for (Object p : params) {
            all.add(p == AREAS ? areas : p);
        }
        jdbc.sql(sql).params(all).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            sink.accept(rs.getString(1), rs.getBigDecimal(2), columns > 2 ? rs.getBigDecimal(3) : null);
        });
    }

    /** The join condition of a counted table's path column with the area {@code a.path}. */
    static String inArea(String column) {
        return "(" + column + " = a.path OR " + column + " LIKE a.path || '/%')";
    }
}
