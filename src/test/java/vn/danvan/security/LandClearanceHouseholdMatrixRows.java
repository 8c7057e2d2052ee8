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
import vn.danvan.landclearance.internal.HouseholdFixtures;

/**
 * The household, visit, obstacle and escalation pages of land clearance. Everyone with land-clearance access reads
 * (the agency handler has none); the commune and the Front record, as does the provincial specialist; the board
 * leader answers escalations but does not record. The household and obstacle used lie in Phường Hồng Châu, outside
 * Phố Hiến, so commune-level users get 404; the project crosses Phố Hiến too, so they see its lists (their own
 * households only). The POSTs are sent without a body, so they change nothing.
 */
public class LandClearanceHouseholdMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /landclearance/projects/{projectId}/households", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/projects/{projectId}/households.xlsx", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/projects/{projectId}/households/new", row(L, A, D, A, A, A, D));
        m.put("POST /landclearance/projects/{projectId}/households", row(L, A, D, A, A, A, D));
        m.put("GET /landclearance/projects/{projectId}/visits", row(L, A, A, A, A, A, D));
        m.put("GET /landclearance/households/{id}", row(L, A, A, A, N, N, D));
        m.put("GET /landclearance/households/{id}/edit", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/households/{id}", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/households/{id}/stage", row(L, A, D, A, N, N, D));
        m.put("GET /landclearance/households/{id}/visits/new", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/households/{id}/visits", row(L, A, D, A, N, N, D));
        m.put("GET /landclearance/households/{id}/obstacles/new", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/households/{id}/obstacles", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/obstacles/{id}/resolution", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/obstacles/{id}/escalation", row(L, A, D, A, N, N, D));
        m.put("POST /landclearance/obstacles/{id}/answer", row(L, A, A, A, D, D, D));
        m.put("GET /landclearance/escalations", row(L, A, A, A, A, A, D));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        HouseholdFixtures.insert(jdbc);
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        String id = path.startsWith("/landclearance/obstacles/")
                ? HouseholdFixtures.HONG_CHAU_OBSTACLE.toString()
                : HouseholdFixtures.HONG_CHAU_HOUSEHOLD.toString();
        return path.replace("{projectId}", HouseholdFixtures.PROJECT.toString()).replace("{id}", id);
    }
}
