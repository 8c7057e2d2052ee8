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
 * The petition register and the public site. The case used is a reflection of a commune of the province other than
 * Phố Hiến, handled at province level, so commune-level users get 404. Workflow POSTs are sent without the case's
 * version: they change nothing. The public pages are open to everyone; a public file without a tracked case is 404.
 */
public class PetitionMatrixRows implements MatrixRows {

    static final String CASE_ID = "8c000000-0000-4000-8000-0000000000aa";

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /petitions", row(L, A, A, A, A, A, A));
        m.put("GET /petitions/new", row(L, A, D, A, A, D, A));
        m.put("POST /petitions", row(L, A, D, A, A, D, A));
        m.put("GET /petitions/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /petitions/{id}/files/{fileId}", row(L, N, N, N, N, N, N));
        for (String action : new String[] {
            "classify",
            "accept",
            "transfer",
            "guide",
            "file",
            "verify",
            "dialogue",
            "decide",
            "extend",
            "flags",
            "answer",
            "files",
            "notes",
            "join",
            "reopen"
        }) {
            m.put("POST /petitions/{id}/" + action, row(L, A, D, A, N, D, A));
        }
        m.put("POST /petitions/{id}/reassign", row(L, A, A, D, D, D, D));
        m.put("POST /petitions/{id}/grants", row(L, A, A, D, D, D, D));
        m.put("GET /public/petitions/new", row(A, A, A, A, A, A, A));
        m.put("POST /public/petitions/new", row(A, A, A, A, A, A, A));
        m.put("GET /public/petitions/received", row(A, A, A, A, A, A, A));
        m.put("GET /public/petitions/track", row(A, A, A, A, A, A, A));
        m.put("POST /public/petitions/track", row(A, A, A, A, A, A, A));
        m.put("GET /public/petitions/track/case", row(A, A, A, A, A, A, A));
        m.put("POST /public/petitions/track/rate", row(A, A, A, A, A, A, A));
        m.put("POST /public/petitions/track/reopen", row(A, A, A, A, A, A, A));
        m.put("GET /public/petitions/track/files/{fileId}", row(N, N, N, N, N, N, N));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.contains("{id}")) {
            ensureCase(jdbc);
            path = path.replace("{id}", CASE_ID);
        }
        return path.replace("{fileId}", "8c000000-0000-4000-8000-0000000000ff");
    }

    /** A reflection of another commune of the province, handled at province level (inserted once). */
    static void ensureCase(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO pt_case (id, tracking_code, secret_hash, kind, channel, subject, content, unit_id,"
                        + " unit_name, path, province_code, handling_path, handling_org_name, status, confidential,"
                        + " received_at, received_on, current_step, search_text, created_at, updated_at)"
                        + " SELECT CAST(? AS uuid), 'PA-26-MATRIX', 'sha256$AAAA$AAAA', 'REFLECTION', 'LETTER',"
                        + " 'Ma trận phân quyền', 'Ma trận phân quyền', u.id, u.full_name, u.path, '33', '33',"
                        + " 'Ban Tiếp công dân tỉnh Hưng Yên', 'RECEIVED', false, now(), current_date, 'RECEIVED',"
                        + " 'ma tran phan quyen', now(), now() FROM admin_unit u WHERE u.parent_id = '33'"
                        + " AND u.level = 'COMMUNE' AND u.id <> '11953' AND u.valid_to IS NULL ORDER BY u.id LIMIT 1"
                        + " ON CONFLICT (id) DO NOTHING")
                .param(CASE_ID)
                .update();
    }
}
