package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.D;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exemplar registry: list, registration, entry page and its steps, criteria and measures, councils. The entry is
 * a demo model of commune 11980 (outside Phố Hiến: commune-level users get 404); the council is the demo 2026 commune
 * council, whose organisation is provincial. POSTs are sent empty: they are refused and change nothing.
 */
public class ExemplarMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /exemplars", row(L, A, A, A, A, A, A));
        m.put("GET /exemplars/new", row(L, A, D, A, A, A, D));
        m.put("POST /exemplars", row(L, A, D, A, A, A, D));
        m.put("GET /exemplars/{id}", row(L, A, A, A, N, N, A));
        m.put("POST /exemplars/{id}/updates", row(L, A, D, A, N, N, D));
        m.put("POST /exemplars/{id}/self-assessments", row(L, A, D, A, N, N, D));
        m.put("POST /exemplars/{id}/recognition", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/{id}/revocation", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/{id}/public", row(L, A, D, A, N, N, D));
        m.put("GET /exemplars/criteria", row(L, A, D, A, D, D, D));
        m.put("POST /exemplars/criteria", row(L, A, D, A, D, D, D));
        m.put("POST /exemplars/criteria/copy", row(L, A, D, A, D, D, D));
        m.put("GET /exemplars/measures", row(L, A, D, A, D, D, D));
        m.put("POST /exemplars/measures", row(L, A, D, A, D, D, D));
        m.put("POST /exemplars/measures/{measureId}/active", row(L, A, D, A, D, D, D));
        m.put("GET /exemplars/councils", row(L, A, A, A, D, D, D));
        m.put("GET /exemplars/councils/new", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/councils", row(L, A, A, A, D, D, D));
        m.put("GET /exemplars/councils/{councilId}", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/councils/{councilId}/candidates", row(L, A, A, A, D, D, D));
        m.put("GET /exemplars/councils/{councilId}/candidates/{entryId}", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/councils/{councilId}/candidates/{entryId}/scores", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/councils/{councilId}/candidates/{entryId}/proposal", row(L, A, A, A, D, D, D));
        m.put("POST /exemplars/councils/{councilId}/close", row(L, A, A, A, D, D, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.contains("{id}")) {
            path = path.replace(
                    "{id}",
                    one(
                            jdbc,
                            "SELECT id::text FROM ex_entry WHERE demo AND place_unit_id = '11980'"
                                    + " ORDER BY created_at, id LIMIT 1"));
        }
        if (path.contains("{measureId}")) {
            path = path.replace("{measureId}", "9e000000-0000-4000-8000-000000000001");
        }
        String council = "SELECT c.id::text FROM ex_council c WHERE c.year = 2026 AND c.level = 'COMMUNE'"
                + " AND c.name LIKE '%(Dữ liệu minh họa)' ORDER BY c.created_at LIMIT 1";
        if (path.contains("{councilId}")) {
            path = path.replace("{councilId}", one(jdbc, council));
        }
        if (path.contains("{entryId}")) {
            path = path.replace(
                    "{entryId}",
                    one(
                            jdbc,
                            "SELECT entry_id::text FROM ex_candidate WHERE council_id::text = (" + council
                                    + ") ORDER BY entry_id LIMIT 1"));
        }
        return path;
    }

    private static String one(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
