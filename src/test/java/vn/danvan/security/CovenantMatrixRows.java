package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.D;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The covenant pages. Every role but the agency handler reads covenants of its area; the provincial board (and
 * administrators) set them up and review; commune and Front officers report for their own party. The record used is
 * a fixture covenant of the province (path 33) signed by Phường Phố Hiến and another ward, so commune-level users
 * see it; its only period is closed and it is in force, so the POSTs (sent without a body) change nothing.
 */
public class CovenantMatrixRows implements MatrixRows {

    static final String COVENANT = "6f000000-0000-4000-8000-000000000001";
    static final String PARTY_PHO_HIEN = "6f000000-0000-4000-8000-000000000011";
    static final String PARTY_OTHER = "6f000000-0000-4000-8000-000000000012";
    static final String CRITERION = "6f000000-0000-4000-8000-000000000021";
    static final String PERIOD = "6f000000-0000-4000-8000-000000000031";

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /covenants", row(L, A, A, A, A, A, D));
        m.put("GET /covenants/new", row(L, A, A, A, D, D, D));
        m.put("POST /covenants", row(L, A, A, A, D, D, D));
        m.put("GET /covenants/{id}", row(L, A, A, A, A, A, D));
        m.put("GET /covenants/{id}/edit", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/document", row(L, A, A, A, D, D, D));
        m.put("GET /covenants/{id}/criteria/new", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/criteria", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/criteria/{criterionId}/delete", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/periods", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/activate", row(L, A, A, A, D, D, D));
        m.put("GET /covenants/{id}/periods/{periodId}", row(L, A, A, A, A, A, D));
        m.put("GET /covenants/{id}/periods/{periodId}/parties/{partyId}", row(L, A, A, A, A, A, D));
        m.put(
                "POST /covenants/{id}/periods/{periodId}/parties/{partyId}/criteria/{criterionId}/self",
                row(L, A, D, D, A, A, D));
        m.put(
                "POST /covenants/{id}/periods/{periodId}/parties/{partyId}/criteria/{criterionId}/review",
                row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/periods/{periodId}/parties/{partyId}/award", row(L, A, A, A, D, D, D));
        m.put("POST /covenants/{id}/periods/{periodId}/close", row(L, A, A, A, D, D, D));
        m.put("GET /covenants/{id}/parties/{partyId}", row(L, A, A, A, A, A, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (!path.contains("{")) {
            return path;
        }
        fixture(jdbc);
        return path.replace("{id}", COVENANT)
                .replace("{periodId}", PERIOD)
                .replace("{partyId}", PARTY_PHO_HIEN)
                .replace("{criterionId}", CRITERION);
    }

    /** The fixture covenant, inserted once. */
    static void fixture(JdbcClient jdbc) {
        String board = jdbc.sql("SELECT CAST(id AS varchar) FROM org_unit WHERE admin_unit_id = '33'"
                        + " AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(String.class)
                .single();
        String phoHien = partyCommittee(jdbc, "11953");
        String other = partyCommittee(jdbc, "11980");
        jdbc.sql("INSERT INTO cv_covenant (id, title, kind, year, starts_on, ends_on, owner_org_id, owner_org_name,"
                        + " path, province_code, state, search_text, sort_key, created_at, updated_at) VALUES"
                        + " (CAST(:id AS uuid), 'Giao ước kiểm thử phân quyền', 'ANNUAL', 2026, DATE '2026-01-01',"
                        + " DATE '2026-12-31', CAST(:board AS uuid), 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên', '33',"
                        + " '33', 'ACTIVE', 'giao uoc kiem thu phan quyen', '\\x00', now(), now())"
                        + " ON CONFLICT (id) DO NOTHING")
                .param("id", COVENANT)
                .param("board", board)
                .update();
        party(jdbc, PARTY_PHO_HIEN, 0, phoHien, "Đảng ủy phường Phố Hiến", "33/11953");
        party(jdbc, PARTY_OTHER, 1, other, "Đảng ủy phường khác", "33/11980");
        jdbc.sql("INSERT INTO cv_criterion (id, covenant_id, position, code, text, unit_of_measure, kind, max_points,"
                        + " evidence_required) VALUES (CAST(:id AS uuid), CAST(:c AS uuid), 0, 'R', 'Hội nghị tuyên"
                        + " truyền', 'buổi', 'REPORTED', 10, false) ON CONFLICT (id) DO NOTHING")
                .param("id", CRITERION)
                .param("c", COVENANT)
                .update();
        for (String p : new String[] {PARTY_PHO_HIEN, PARTY_OTHER}) {
            jdbc.sql("INSERT INTO cv_target (criterion_id, party_id, target) VALUES (CAST(:c AS uuid),"
                            + " CAST(:p AS uuid), 6) ON CONFLICT DO NOTHING")
                    .param("c", CRITERION)
                    .param("p", p)
                    .update();
        }
        jdbc.sql("INSERT INTO cv_period (id, covenant_id, name, ends_on, closed) VALUES (CAST(:id AS uuid),"
                        + " CAST(:c AS uuid), 'Sơ kết 6 tháng', DATE '2026-06-30', true) ON CONFLICT (id) DO NOTHING")
                .param("id", PERIOD)
                .param("c", COVENANT)
                .update();
    }

    private static String partyCommittee(JdbcClient jdbc, String commune) {
        return jdbc.sql(
                        "SELECT CAST(id AS varchar) FROM org_unit WHERE admin_unit_id = :u AND kind = 'PARTY_COMMITTEE'")
                .param("u", commune)
                .query(String.class)
                .single();
    }

    private static void party(JdbcClient jdbc, String id, int position, String org, String name, String path) {
        jdbc.sql("INSERT INTO cv_party (id, covenant_id, position, org_id, org_name, path) VALUES (CAST(:id AS uuid),"
                        + " CAST(:c AS uuid), :pos, CAST(:org AS uuid), :name, :path) ON CONFLICT (id) DO NOTHING")
                .param("id", id)
                .param("c", COVENANT)
                .param("pos", position)
                .param("org", org)
                .param("name", name)
                .param("path", path)
                .update();
    }
}
