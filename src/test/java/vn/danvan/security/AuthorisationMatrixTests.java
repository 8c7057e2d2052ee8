package vn.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.danvan.organisation.Role;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Walks every endpoint of the application (pages and API) with every role and with no session, and checks the
 * answer against the expected matrix: allowed, denied (403), not found (404, for records outside the user's area)
 * or sent to sign in. A new endpoint without a row here fails the test.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    /** Columns of the matrix. */
    enum Who {
        ANONYMOUS,
        SYSTEM_ADMIN,
        PROVINCE_BOARD_LEADER,
        PROVINCE_BOARD_SPECIALIST,
        COMMUNE_OFFICER,
        FRONT_OFFICER,
        AGENCY_HANDLER
    }

    /** What an answer means. */
    enum Outcome {
        ALLOW,
        DENY,
        NOT_FOUND,
        SIGN_IN
    }

    static final Outcome A = Outcome.ALLOW;
    static final Outcome D = Outcome.DENY;
    static final Outcome N = Outcome.NOT_FOUND;
    static final Outcome L = Outcome.SIGN_IN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Who, CurrentUser> users = new LinkedHashMap<>();
    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        users.put(Who.SYSTEM_ADMIN, user("quantri", Role.SYSTEM_ADMIN, null));
        users.put(Who.PROVINCE_BOARD_LEADER, user("lanhdao.tinh", Role.PROVINCE_BOARD_LEADER, "33"));
        users.put(Who.PROVINCE_BOARD_SPECIALIST, user("chuyenvien.tinh", Role.PROVINCE_BOARD_SPECIALIST, "33"));
        users.put(Who.COMMUNE_OFFICER, user("canbo.phohien", Role.COMMUNE_OFFICER, "33/11953"));
        users.put(Who.FRONT_OFFICER, user("mattran.phohien", Role.FRONT_OFFICER, "33/11953"));
        users.put(Who.AGENCY_HANDLER, user("xuly.tinh", Role.AGENCY_HANDLER, "33"));
        // An organisation and a cadre of the province, outside Phố Hiến: commune-level users must get 404.
        ids.put(
                "orgId",
                jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = '11983' ORDER BY name LIMIT 1")
                        .query(String.class)
                        .single());
        ids.put(
                "personId",
                jdbc.sql("SELECT p.id::text FROM person p JOIN user_account u ON u.person_id = p.id "
                                + "WHERE u.username = 'lanhdao.tinh'")
                        .query(String.class)
                        .single());
        ids.put("unitId", "11953");
        ids.put(
                "userId",
                jdbc.sql("SELECT id::text FROM user_account WHERE username = 'xuly.tinh'")
                        .query(String.class)
                        .single());
        ids.put("positionId", UUID.randomUUID().toString());
        ids.put("grantId", UUID.randomUUID().toString());
        ids.put("tokenId", UUID.randomUUID().toString());
    }

    /** Expected outcome per endpoint, in the order of {@link Who}. */
    static Map<String, Outcome[]> matrix() {
        Map<String, Outcome[]> m = new LinkedHashMap<>();
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
        m.put("GET /admin/audit", row(L, A, D, D, D, D, D));
        m.put("GET /admin/audit/verify", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/me", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/units", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/units/{id}", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/organisations", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/organisations/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /api/v1/people", row(L, A, A, A, A, A, A));
        m.put("GET /api/v1/people/{id}", row(L, A, A, A, N, N, A));
        m.put("GET /api/v1/audit", row(L, A, D, D, D, D, D));
        m.put("GET /api/v1/audit/verify", row(L, A, D, D, D, D, D));
        return m;
    }

    @Test
    void everyEndpointHasARowInTheMatrix() {
        Set<String> discovered = discoveredEndpoints();
        assertThat(matrix().keySet()).containsExactlyInAnyOrderElementsOf(discovered);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Outcome[]> row : matrix().entrySet()) {
            for (Who who : Who.values()) {
                Outcome expected = row.getValue()[who.ordinal()];
                Outcome actual = call(row.getKey(), who);
                if (actual != expected) {
                    mismatches.add(row.getKey() + " as " + who + ": expected " + expected + " but was " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private Outcome call(String endpoint, Who who) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        String url = path.replace("{id}", idFor(path))
                .replace("{positionId}", ids.get("positionId"))
                .replace("{grantId}", ids.get("grantId"));
        MockHttpServletRequestBuilder request =
                "GET".equals(method) ? get(url) : post(url).with(csrf());
        if (who != Who.ANONYMOUS) {
            request = request.with(SecurityMockMvcRequestPostProcessors.user(users.get(who)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return Outcome.SIGN_IN;
        }
        if (status == 403) {
            return Outcome.DENY;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status >= 200 && status < 400) {
            return Outcome.ALLOW;
        }
        throw new AssertionError(endpoint + " as " + who + " answered " + status);
    }

    private String idFor(String path) {
        if (path.startsWith("/organisations") || path.startsWith("/api/v1/organisations")) {
            return ids.get("orgId");
        }
        if (path.startsWith("/people") || path.startsWith("/api/v1/people")) {
            return ids.get("personId");
        }
        if (path.startsWith("/units") || path.startsWith("/api/v1/units")) {
            return ids.get("unitId");
        }
        if (path.startsWith("/admin/users")) {
            return ids.get("userId");
        }
        if (path.startsWith("/account/tokens")) {
            return ids.get("tokenId");
        }
        return "unknown";
    }

    private Set<String> discoveredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("vn.danvan")) {
                continue;
            }
            for (var method : e.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : e.getKey().getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private CurrentUser user(String username, Role role, String scope) {
        UUID id = jdbc.sql("SELECT id FROM user_account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
        return new CurrentUser(
                id,
                username,
                username,
                null,
                role.permissions(),
                scope == null ? Scope.everything() : Scope.of(scope),
                true,
                false,
                false);
    }

    private static Outcome[] row(Outcome... outcomes) {
        assertThat(outcomes).hasSize(Who.values().length);
        return outcomes;
    }
}
