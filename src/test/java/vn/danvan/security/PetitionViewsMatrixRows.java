package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.D;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The petition views: Open311 (anonymous by design: its POST without an api_key answers the spec's own 403 to
 * everyone), the public statistics, the dashboard (READ, scoped in the queries, so every role sees its own figures)
 * and the administration pages (MANAGE). Empty POSTs to the administration pages are refused with a message and
 * change nothing; POSTs on a record use an id that does not exist, so MANAGE users get 404.
 */
public class PetitionViewsMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /open311/v2/discovery.{format}", row(A, A, A, A, A, A, A));
        m.put("GET /open311/v2/services.{format}", row(A, A, A, A, A, A, A));
        m.put("GET /open311/v2/services/{serviceCode}.{format}", row(A, A, A, A, A, A, A));
        m.put("POST /open311/v2/requests.{format}", row(D, D, D, D, D, D, D));
        m.put("GET /open311/v2/requests.{format}", row(A, A, A, A, A, A, A));
        m.put("GET /open311/v2/requests/{id}.{format}", row(A, A, A, A, A, A, A));
        m.put("GET /open311/v2/tokens/{token}.{format}", row(A, A, A, A, A, A, A));
        m.put("GET /public/petitions/stats", row(A, A, A, A, A, A, A));
        m.put("GET /petitions/dashboard", row(L, A, A, A, A, A, A));
        m.put("GET /petitions/admin/api-clients", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/api-clients", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/api-clients/{id}/deactivate", row(L, N, N, D, D, D, D));
        m.put("GET /petitions/admin/categories", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/categories", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/categories/{id}", row(L, N, N, D, D, D, D));
        m.put("GET /petitions/admin/routing", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/routing", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/routing/{id}/delete", row(L, N, N, D, D, D, D));
        m.put("GET /petitions/admin/deadline-rules", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/deadline-rules", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/admin/deadline-rules/{id}/end", row(L, N, N, D, D, D, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{format}", "json");
        if (path.contains("{serviceCode}")) {
            path = path.replace(
                    "{serviceCode}",
                    jdbc.sql("SELECT code FROM pt_category WHERE active AND open311 ORDER BY position, code LIMIT 1")
                            .query(String.class)
                            .single());
        }
        if (path.contains("{id}.") || path.contains("{token}")) {
            String code = jdbc.sql("SELECT tracking_code FROM pt_case WHERE kind = 'REFLECTION' AND NOT confidential"
                            + " AND demo ORDER BY received_at LIMIT 1")
                    .query(String.class)
                    .single();
            path = path.replace("{id}", code).replace("{token}", code);
        }
        return path.replace("{id}", UUID.randomUUID().toString());
    }
}
