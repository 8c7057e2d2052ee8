package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exemplar registry's views: statistics and Excel exports (READ, which every role holds, scoped in the queries)
 * and the public showcase (anonymous by design). The showcase's record routes use an id that is no public entry,
 * so everyone gets 404.
 */
public class ExemplarViewsMatrixRows implements MatrixRows {

    static final String NO_ENTRY = "9f000000-0000-4000-8000-0000000000ff";

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /exemplars/stats", row(L, A, A, A, A, A, A));
        m.put("GET /exemplars/stats.xlsx", row(L, A, A, A, A, A, A));
        m.put("GET /exemplars.xlsx", row(L, A, A, A, A, A, A));
        m.put("GET /public/exemplars", row(A, A, A, A, A, A, A));
        m.put("GET /public/exemplars/map.geojson", row(A, A, A, A, A, A, A));
        m.put("GET /public/exemplars/{id}", row(N, N, N, N, N, N, N));
        m.put("GET /public/exemplars/{id}/photos/{fileId}", row(N, N, N, N, N, N, N));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        return endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", NO_ENTRY)
                .replace("{fileId}", NO_ENTRY);
    }
}
