package vn.danvan.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a module adds to the authorisation matrix. Each module keeps one implementation in this package
 * (named {@code <Module>MatrixRows}, with a public no-argument constructor); {@link AuthorisationMatrixTests}
 * finds them all. Outcomes are given in the order of {@link AuthorisationMatrixTests.Who}: anonymous, system
 * administrator, provincial board leader, provincial board specialist, commune officer (Phường Phố Hiến, 11953),
 * Front officer (Phố Hiến), agency handler (province).
 */
public interface MatrixRows {

    /** Endpoint ("GET /path/{var}") → expected outcome per {@code Who}. */
    Map<String, AuthorisationMatrixTests.Outcome[]> rows();

    /**
     * The concrete URL to call for one of this module's endpoints, with every path variable filled in from the
     * demo data (pick records that make the scope checks meaningful: for a record of the province outside Phố
     * Hiến, commune-level users must get 404); {@code null} for an endpoint that is not this module's.
     */
    @Nullable
    String url(String endpoint, JdbcClient jdbc);
}
