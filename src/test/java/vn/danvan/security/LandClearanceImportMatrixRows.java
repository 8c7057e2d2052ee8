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
 * The household-list import. The import page and upload are taken on the demo's historical project (old districts):
 * commune-level users do not see it (404); the leader and the agency handler lack the record permission (403). The
 * kept upload belongs to the provincial specialist: anybody else gets 404. The empty upload is refused with a message
 * and the confirmation of the kept upload (whose content is not a workbook) is refused: nothing changes.
 */
public class LandClearanceImportMatrixRows implements MatrixRows {

    static final String HISTORICAL = "6b000000-0000-4000-8000-000000000002";
    static final String CURRENT = "6b000000-0000-4000-8000-000000000001";
    static final String IMPORT = "6b000000-0000-4000-8000-00000000f001";

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /landclearance/import-template.xlsx", row(L, A, D, A, A, A, D));
        m.put("GET /landclearance/projects/{id}/import", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/projects/{id}/import", row(L, A, D, A, N, N, D));
        m.put("GET /landclearance/projects/{id}/import/{importId}", row(L, N, D, A, N, N, D));
        m.put("GET /landclearance/projects/{id}/import/{importId}/errors.xlsx", row(L, N, D, A, N, N, D));
        m.put("POST /landclearance/projects/{id}/import/{importId}/confirm", row(L, N, D, A, N, N, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.contains("{importId}")) {
            jdbc.sql("INSERT INTO lc_import (id, project_id, user_id, filename, content, size_bytes, households, plots,"
                            + " good_rows, bad_rows, good_households, error_count, created_at, expires_at)"
                            + " SELECT ?::uuid, ?::uuid, id, 'ma-tran.xlsx', '\\x00'::bytea, 1, 1, 1, 0, 1, 0, 1, now(),"
                            + " now() + interval '1 day' FROM user_account WHERE username = 'chuyenvien.tinh'"
                            + " ON CONFLICT (id) DO UPDATE SET expires_at = now() + interval '1 day'")
                    .params(IMPORT, CURRENT)
                    .update();
            jdbc.sql("INSERT INTO lc_import_error (import_id, position, row_number, column_name, message_key, args)"
                            + " VALUES (?::uuid, 0, 2, 'Mã hộ', 'lc.import.error.required', '')"
                            + " ON CONFLICT DO NOTHING")
                    .param(IMPORT)
                    .update();
            return path.replace("{id}", CURRENT).replace("{importId}", IMPORT);
        }
        return path.replace("{id}", HISTORICAL);
    }
}
