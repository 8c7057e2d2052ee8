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
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
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
 * or sent to sign in. Each module contributes its rows through a {@link MatrixRows} in this package; a new
 * endpoint without a row fails the test.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AuthorisationMatrixTests {

    /** Columns of the matrix. */
    public enum Who {
        ANONYMOUS,
        SYSTEM_ADMIN,
        PROVINCE_BOARD_LEADER,
        PROVINCE_BOARD_SPECIALIST,
        COMMUNE_OFFICER,
        FRONT_OFFICER,
        AGENCY_HANDLER
    }

    /** What an answer means. */
    public enum Outcome {
        ALLOW,
        DENY,
        NOT_FOUND,
        SIGN_IN
    }

    public static final Outcome A = Outcome.ALLOW;
    public static final Outcome D = Outcome.DENY;
    public static final Outcome N = Outcome.NOT_FOUND;
    public static final Outcome L = Outcome.SIGN_IN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Who, CurrentUser> users = new LinkedHashMap<>();

    @BeforeAll
    void users() {
        users.put(Who.SYSTEM_ADMIN, user("quantri", Role.SYSTEM_ADMIN, null));
        users.put(Who.PROVINCE_BOARD_LEADER, user("lanhdao.tinh", Role.PROVINCE_BOARD_LEADER, "33"));
        users.put(Who.PROVINCE_BOARD_SPECIALIST, user("chuyenvien.tinh", Role.PROVINCE_BOARD_SPECIALIST, "33"));
        users.put(Who.COMMUNE_OFFICER, user("canbo.phohien", Role.COMMUNE_OFFICER, "33/11953"));
        users.put(Who.FRONT_OFFICER, user("mattran.phohien", Role.FRONT_OFFICER, "33/11953"));
        users.put(Who.AGENCY_HANDLER, user("xuly.tinh", Role.AGENCY_HANDLER, "33"));
    }

    /** Every module's rows: the implementations of {@link MatrixRows} in this package. */
    static List<MatrixRows> modules() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MatrixRows.class));
        List<MatrixRows> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.danvan.security")) {
            try {
                found.add((MatrixRows) Class.forName(candidate.getBeanClassName())
                        .getDeclaredConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Expected outcome per endpoint, in the order of {@link Who}. */
    static Map<String, Outcome[]> matrix() {
        Map<String, Outcome[]> m = new LinkedHashMap<>();
        for (MatrixRows module : modules()) {
            module.rows().forEach((endpoint, outcomes) -> {
                assertThat(outcomes).as(endpoint).hasSize(Who.values().length);
                assertThat(m.put(endpoint, outcomes))
                        .as(endpoint + " has two rows")
                        .isNull();
            });
        }
        return m;
    }

    @Test
    void everyEndpointHasARowInTheMatrix() {
        assertThat(matrix().keySet()).containsExactlyInAnyOrderElementsOf(discoveredEndpoints());
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
        List<MatrixRows> modules = modules();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Outcome[]> row : matrix().entrySet()) {
            String url = urlFor(modules, row.getKey());
            for (Who who : Who.values()) {
                Outcome expected = row.getValue()[who.ordinal()];
                Outcome actual = call(row.getKey(), url, who);
                if (actual != expected) {
                    mismatches.add(row.getKey() + " as " + who + ": expected " + expected + " but was " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String urlFor(List<MatrixRows> modules, String endpoint) {
        for (MatrixRows module : modules) {
            if (module.rows().containsKey(endpoint)) {
                String url = module.url(endpoint, jdbc);
                assertThat(url).as("URL for " + endpoint).isNotNull().doesNotContain("{");
                return url;
            }
        }
        throw new AssertionError("No module gives a URL for " + endpoint);
    }

    private Outcome call(String endpoint, String url, Who who) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
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

    /** One row, in the order of {@link Who}. */
    public static Outcome[] row(Outcome... outcomes) {
        return outcomes;
    }
}
