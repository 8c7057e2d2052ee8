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
 * The land-clearance module's key projects, statutory-step rules, project page and province page. The project is a
 * fixture of its own (owned by the province, crossing Phường Phố Hiến), inserted here when missing, so that commune
 * users see it and the answers do not depend on demo data. POSTs are sent empty: they are refused by validation and
 * change nothing.
 */
public class LandClearanceProjectMatrixRows implements MatrixRows {

    static final String FIXTURE = "6c000000-0000-4000-8000-0000000000f1";
    static final String RULE = "6a000000-0000-4000-8000-000000000001";

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /landclearance", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/projects/new", row(L, A, A, A, D, D, D));
        m.put("POST /landclearance/projects", row(L, A, A, A, D, D, D));
        m.put("GET /landclearance/projects/{id}", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/projects/{id}/edit", row(L, A, A, A, D, D, D));
        m.put("POST /landclearance/projects/{id}", row(L, A, A, A, D, D, D));
        m.put("POST /landclearance/projects/{id}/boundary", row(L, A, A, A, D, D, D));
        m.put("POST /landclearance/projects/{id}/steps", row(L, A, A, A, D, D, D));
        m.put("GET /landclearance/projects/{id}/map.geojson", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/rules", row(L, A, A, A, A, A, D));
        m.put("POST /landclearance/rules", row(L, A, A, A, D, D, D));
        m.put("POST /landclearance/rules/{ruleId}/end", row(L, A, A, A, D, D, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.contains("{id}")) {
            path = path.replace("{id}", fixture(jdbc));
        }
        return path.replace("{ruleId}", RULE);
    }

    /** The fixture project: owned by the province's board area ("33"), crossing Phường Phố Hiến (11953). */
    static String fixture(JdbcClient jdbc) {
        jdbc.sql(
                        "INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                                + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at)"
                                + " SELECT ?::uuid, 'ZZ-MATRIX-01', 'Dự án kiểm thử phân quyền', 'Chủ đầu tư kiểm thử', o.id,"
                                + " o.name, '33', '33', 'AGRICULTURAL', 100000, 'zz-matrix-01', '\\x00'::bytea, now(), now()"
                                + " FROM org_unit o WHERE o.path = '33' ORDER BY (o.kind = 'MASS_MOBILIZATION_BOARD') DESC, o.name LIMIT 1 ON CONFLICT DO NOTHING")
                .param(FIXTURE)
                .update();
        jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path)"
                        + " VALUES (?::uuid, '11953', 'Phường Phố Hiến', '33/11953') ON CONFLICT DO NOTHING")
                .param(FIXTURE)
                .update();
        return FIXTURE;
    }
}
