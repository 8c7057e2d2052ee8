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
 * The directive module: documents, plans, tasks, progress, dashboard. Records are taken from Directive 15-CT/TU of
 * the demo, whose tasks belong to the old district boards, so commune-level users must get 404. POSTs are sent
 * empty or to the consolidated (closed) review of 15-CT/TU: they are refused and change nothing.
 */
public class DirectiveMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /directives", row(L, A, A, A, A, A, A));
        m.put("GET /directives/new", row(L, A, A, A, D, D, D));
        m.put("POST /directives", row(L, A, A, A, D, D, D));
        m.put("GET /directives/{id}", row(L, A, A, A, N, N, A));
        m.put("POST /directives/{id}/state", row(L, A, A, A, D, D, D));
        m.put("POST /directives/{id}/attachments", row(L, A, A, A, D, D, D));
        m.put("POST /directives/{id}/plans", row(L, A, A, A, D, D, D));
        m.put("GET /directives/{id}/plans/{planId}", row(L, A, A, A, N, N, A));
        m.put("GET /directives/{id}/plans/{planId}/tasks/new", row(L, A, A, A, D, D, D));
        m.put("POST /directives/{id}/plans/{planId}/tasks", row(L, A, A, A, D, D, D));
        m.put("GET /directives/dashboard", row(L, A, A, A, A, A, A));
        m.put("GET /directives/units/{orgId}", row(L, A, A, A, N, N, A));
        m.put("GET /tasks", row(L, A, A, A, A, A, A));
        m.put("GET /tasks/{taskId}", row(L, A, A, A, N, N, A));
        m.put("POST /tasks/{taskId}/progress", row(L, A, D, A, N, N, A));
        m.put("POST /tasks/{taskId}/subtasks", row(L, A, A, A, D, D, D));
        m.put("POST /directives/{id}/reviews", row(L, A, A, A, D, D, D));
        m.put("GET /reviews/{reviewId}", row(L, A, A, A, N, N, A));
        m.put("GET /reviews/{reviewId}/units/{unitId}", row(L, A, A, A, N, N, A));
        m.put("POST /reviews/{reviewId}/units/{unitId}", row(L, A, D, A, N, N, A));
        m.put("POST /reviews/{reviewId}/consolidate", row(L, A, A, A, D, D, D));
        m.put("GET /reviews/{reviewId}/report.docx", row(L, A, A, A, N, N, A));
        m.put("GET /reviews/{reviewId}/report.pdf", row(L, A, A, A, N, N, A));
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
                            "SELECT id::text FROM directive_document WHERE number = '15-CT/TU'"
                                    + " AND demo ORDER BY created_at LIMIT 1"));
        }
        if (path.contains("{planId}")) {
            path = path.replace(
                    "{planId}",
                    one(
                            jdbc,
                            "SELECT p.id::text FROM directive_plan p JOIN directive_document d"
                                    + " ON d.id = p.document_id WHERE d.number = '15-CT/TU' AND d.demo ORDER BY p.created_at LIMIT 1"));
        }
        if (path.contains("{taskId}")) {
            path = path.replace(
                    "{taskId}",
                    one(
                            jdbc,
                            "SELECT t.id::text FROM directive_task t JOIN directive_document d"
                                    + " ON d.id = t.document_id WHERE d.number = '15-CT/TU' AND d.demo AND t.completed_on IS NULL"
                                    + " ORDER BY t.created_at LIMIT 1"));
        }
        if (path.contains("{orgId}")) {
            path = path.replace(
                    "{orgId}",
                    one(
                            jdbc,
                            "SELECT t.lead_org_unit_id::text FROM directive_task t"
                                    + " JOIN directive_document d ON d.id = t.document_id WHERE d.number = '15-CT/TU' AND d.demo"
                                    + " ORDER BY t.created_at LIMIT 1"));
        }
        if (path.contains("{reviewId}")) {
            path = path.replace(
                    "{reviewId}",
                    one(
                            jdbc,
                            "SELECT r.id::text FROM directive_review r JOIN directive_document d ON d.id = r.document_id"
                                    + " WHERE d.number = '15-CT/TU' AND d.demo AND r.state = 'CLOSED'"
                                    + " ORDER BY r.created_at LIMIT 1"));
        }
        if (path.contains("{unitId}")) {
            path = path.replace(
                    "{unitId}",
                    one(
                            jdbc,
                            "SELECT u.id::text FROM directive_review_unit u JOIN directive_review r ON r.id = u.review_id"
                                    + " JOIN directive_document d ON d.id = r.document_id WHERE d.number = '15-CT/TU'"
                                    + " AND d.demo AND r.state = 'CLOSED' ORDER BY r.created_at, u.path LIMIT 1"));
        }
        return path;
    }

    private static String one(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
