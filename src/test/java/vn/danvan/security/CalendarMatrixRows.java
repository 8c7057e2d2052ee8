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
 * The calendar module: everyone signed in reads the calendar; only the administrator (calendar:manage) enters the
 * yearly notices. POSTs are sent empty (refused by validation, nothing saved) or name an entry that does not exist
 * (404 for the administrator).
 */
public class CalendarMatrixRows implements MatrixRows {

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /calendar", row(L, A, A, A, A, A, A));
        m.put("POST /calendar/notices", row(L, A, D, D, D, D, D));
        m.put("POST /calendar/notices/{entryId}/delete", row(L, N, D, D, D, D, D));
        m.put("POST /calendar/years/{year}", row(L, A, D, D, D, D, D));
        m.put("POST /calendar/culture-day", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/calendar/{year}", row(L, A, A, A, A, A, A));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        return endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{entryId}", "7d0e3c52-0000-4000-8000-00000000dead")
                .replace("{year}", "2026");
    }
}
