package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.D;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail: administrators only. */
public class AuditMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /admin/audit", row(L, A, D, D, D, D, D));
        m.put("GET /admin/audit/verify", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/audit", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/audit/verify", row(L, A, D, D, D, D, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        return rows().containsKey(endpoint) ? endpoint.substring(endpoint.indexOf(' ') + 1) : null;
    }
}
