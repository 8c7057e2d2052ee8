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

/** The organisation module's pages and API: units, organisations, cadres, accounts. */
public class OrganisationMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /", row(L, A, A, A, A, A, A));
        m.put("GET /login", row(A, A, A, A, A, A, A));
        m.put("GET /units", row(L, A, A, A, A, A, A));
        m.put("GET /units/{id}", row(L, A, A, A, A, A, A));
        m.put("GET /admin/units/lineage-gaps", row(L, A, D, D, D, D, D));
        m.put("GET /organisations", row(L, A, A, A, A, A, A));
        m.put("GET /organisations/new", row(L, A, D, A, A, D, D));
        m.put("POST /organisations", row(L, A, D, A, A, D, D));
        m.put("GET /organisations/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /organisations/{id}/edit", row(L, A, D, A, N, D, D));
        m.put("POST /organisations/{id}", row(L, A, D, A, N, D, D));
        m.put("POST /organisations/{id}/rename", row(L, A, D, A, N, D, D));
        m.put("POST /organisations/{id}/dissolve", row(L, A, D, A, N, D, D));
        m.put("GET /people", row(L, A, A, A, A, A, A));
        m.put("GET /people/new", row(L, A, D, A, A, D, D));
        m.put("POST /people", row(L, A, D, A, A, D, D));
        m.put("GET /people/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /people/{id}/edit", row(L, A, D, A, N, D, D));
        m.put("POST /people/{id}", row(L, A, D, A, N, D, D));
        m.put("POST /people/{id}/positions", row(L, A, D, A, N, D, D));
        m.put("POST /people/{id}/positions/{positionId}/end", row(L, A, D, A, N, D, D));
        m.put("GET /account", row(L, A, A, A, A, A, A));
        m.put("GET /account/password", row(L, A, A, A, A, A, A));
        m.put("POST /account/password", row(L, A, A, A, A, A, A));
        m.put("POST /account/tokens", row(L, A, A, A, A, A, A));
        m.put("POST /account/tokens/{id}/revoke", row(L, N, N, N, N, N, N));
        m.put("POST /account/sessions/end-all", row(L, A, A, A, A, A, A));
        m.put("GET /admin/users", row(L, A, D, D, D, D, D));
        m.put("GET /admin/users/new", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users", row(L, A, D, D, D, D, D));
        m.put("GET /admin/users/{id}", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users/{id}/grants", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users/{id}/grants/{grantId}/revoke", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users/{id}/reset-password", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users/{id}/disable", row(L, A, D, D, D, D, D));
        m.put("POST /admin/users/{id}/enable", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/me", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/units", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/units/{id}", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/organisations", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/organisations/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /api/v1/people", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/people/{id}", row(L, A, A, A, N, N, A));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return path.replace("{id}", idFor(path, jdbc))
                .replace("{positionId}", UUID.randomUUID().toString())
                .replace("{grantId}", UUID.randomUUID().toString());
    }

    /** Records of the province outside Phường Phố Hiến, so commune-level users must get 404. */
    private static String idFor(String path, JdbcClient jdbc) {
        if (path.startsWith("/organisations") || path.startsWith("/api/v1/organisations")) {
            return jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = '11983' ORDER BY name LIMIT 1")
                    .query(String.class)
                    .single();
        }
        if (path.startsWith("/people") || path.startsWith("/api/v1/people")) {
            return jdbc.sql("SELECT p.id::text FROM person p JOIN user_account u ON u.person_id = p.id "
                            + "WHERE u.username = 'lanhdao.tinh'")
                    .query(String.class)
                    .single();
        }
        if (path.startsWith("/admin/users")) {
            return jdbc.sql("SELECT id::text FROM user_account WHERE username = 'xuly.tinh'")
                    .query(String.class)
                    .single();
        }
        if (path.startsWith("/units") || path.startsWith("/api/v1/units")) {
            return "11953";
        }
        return UUID.randomUUID().toString();
    }
}
