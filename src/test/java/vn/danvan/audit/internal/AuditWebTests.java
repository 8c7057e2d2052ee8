package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danvan.audit.AuditActor;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditOutcome;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.web.NavigationItem;
import vn.danvan.shared.web.PageView;

/** The audit pages and API, seen by an administrator, by an officer without the permission and by nobody. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final CurrentUser admin = AuditFixtures.administrator();

    private String recordFor(String action, String actorName) {
        String target = UUID.randomUUID().toString();
        trail.record(
                AuditEvent.of(action, "audit_web_test", target, Map.of("note", "web")), AuditActor.named(actorName));
        return target;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AuditSearch.VIETNAM));
    }

    /**
     * An API request as the servlet container presents it: the shared security configuration tells the API apart
     * by the servlet path, which MockMvc leaves empty unless told.
     */
    private static MockHttpServletRequestBuilder api(String path) {
        return get(path).servletPath(path);
    }

    @SuppressWarnings("unchecked")
    private static PageView<AuditEntryView> page(MvcResult result) {
        return (PageView<AuditEntryView>) result.getModelAndView().getModel().get("page");
    }

    @Test
    void anAdministratorSeesTheTrailNewestFirst() throws Exception {
        String older = recordFor("audit.web.listed", "alice");
        String newer = recordFor("audit.web.listed", "alice");

        MvcResult result = mvc.perform(get("/admin/audit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/list"))
                .andExpect(content().string(containsString(newer)))
                .andReturn();

        List<String> targets =
                page(result).items().stream().map(AuditEntryView::targetId).toList();
        assertThat(targets.indexOf(newer)).isGreaterThanOrEqualTo(0).isLessThan(targets.indexOf(older));
        assertThat(page(result).sort()).isEqualTo("occurredAt");
        assertThat(page(result).direction()).isEqualTo("desc");
    }

    @Test
    void theFiltersNarrowTheListInTheDatabase() throws Exception {
        String marker = "audit.web.filtered" + AuditFixtures.shortId().replace("-", "");
        String actor = "filter-" + AuditFixtures.shortId();
        String kept = recordFor(marker + ".kept", actor);
        String otherAction = recordFor("audit.web.other", actor);
        String otherActor = recordFor(marker + ".kept", "someone-else");
        String today = today().format(DAY);

        MvcResult result = mvc.perform(get("/admin/audit")
                        .param("action", marker)
                        .param("actor", actor.toUpperCase())
                        .param("from", today)
                        .param("to", today)
                        .param("outcome", "SUCCESS")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kept)))
                .andExpect(content().string(not(containsString(otherAction))))
                .andExpect(content().string(not(containsString(otherActor))))
                .andReturn();

        assertThat(page(result).total()).isEqualTo(1);
        assertThat(page(result).baseUrl()).contains("action=" + marker).doesNotContain("page=");

        mvc.perform(get("/admin/audit")
                        .param("action", marker)
                        .param("to", today().minusDays(1).format(DAY))
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(kept))));
        mvc.perform(get("/admin/audit")
                        .param("action", marker)
                        .param("outcome", AuditOutcome.FAILURE.name())
                        .with(user(admin)))
                .andExpect(content().string(not(containsString(kept))));
    }

    @Test
    void anUnreadableDateIsReportedOnTheFormAndLeftOut() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/02/2026").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "from", "audit.filter.date.invalid"))
                .andExpect(content().string(containsString("error-summary")));
    }

    @Test
    void theAuditTrailIsInTheAdministratorsNavigationOnly() throws Exception {
        MvcResult result = mvc.perform(get("/admin/audit").with(user(admin))).andReturn();
        @SuppressWarnings("unchecked")
        List<NavigationItem> navigation =
                (List<NavigationItem>) result.getModelAndView().getModel().get("navigation");

        assertThat(navigation).anySatisfy(item -> {
            assertThat(item.href()).isEqualTo("/admin/audit");
            assertThat(item.labelKey()).isEqualTo("audit.nav");
        });
        assertThat(new AuditNavigation().items())
                .singleElement()
                .extracting(NavigationItem::permission)
                .isEqualTo("audit:read");
    }

    @Test
    void theCheckPageSaysTheChainIsIntact() throws Exception {
        recordFor("audit.web.checked", "alice");

        MvcResult result = mvc.perform(get("/admin/audit/verify").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/verify"))
                .andExpect(content().string(containsString("alert-success")))
                .andReturn();

        ChainVerification verification =
                (ChainVerification) result.getModelAndView().getModel().get("result");
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isPositive();
    }

    @Test
    void anOfficerWithoutThePermissionIsRefused() throws Exception {
        CurrentUser officer = AuditFixtures.officer();

        mvc.perform(get("/admin/audit").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/verify").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(user(officer))).andExpect(status().isForbidden());
    }

    @Test
    void nobodySignedInIsSentToSignInOrGets401FromTheApi() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit/verify")).andExpect(status().is3xxRedirection());
        mvc.perform(api("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(api("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiListsAPageOfEntriesWithTheSameFilters() throws Exception {
        String marker = "audit.api.listed" + AuditFixtures.shortId().replace("-", "");
        String first = recordFor(marker, "bob");
        String second = recordFor(marker, "bob");

        mvc.perform(get("/api/v1/audit")
                        .param("action", marker)
                        .param("size", "1")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].targetId").value(second))
                .andExpect(jsonPath("$.items[0].actorName").value("bob"))
                .andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.items[0].details.note").value("web"))
                .andExpect(jsonPath("$.items[0].hash").isString());
        mvc.perform(get("/api/v1/audit")
                        .param("action", marker)
                        .param("sort", "occurredAt,asc")
                        .with(user(admin)))
                .andExpect(jsonPath("$.items[0].targetId").value(first));
    }

    @Test
    void theApiAnswers400ForAnUnreadableFilter() throws Exception {
        mvc.perform(get("/api/v1/audit").param("to", "yesterday").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.to").isString());
    }

    @Test
    void theApiReportsTheChainCheck() throws Exception {
        recordFor("audit.api.checked", "bob");

        mvc.perform(get("/api/v1/audit/verify").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").isNumber());
    }

    @Test
    void aFailedSignInThroughTheFormIsRecordedWithoutThePassword() throws Exception {
        String username = "intruder-" + AuditFixtures.shortId();

        mvc.perform(formLogin("/login").user(username).password("guess-Password-1"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.sql("SELECT action, outcome, details::text AS details, client_address"
                        + " FROM audit_entry WHERE actor_name = :name")
                .param("name", username)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("action", SignInAuditing.SIGN_IN)
                .containsEntry("outcome", "FAILURE")
                .containsEntry("client_address", "127.0.0.1");
        assertThat(row.get("details").toString()).contains("reason").doesNotContain("guess-Password-1");
    }

    @Test
    void signingOutIsRecorded() throws Exception {
        CurrentUser officer = AuditFixtures.officer();

        mvc.perform(post("/logout").with(csrf()).with(user(officer))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor_id = :id")
                        .param("id", officer.id())
                        .query(String.class)
                        .list())
                .containsExactly(SignInAuditing.SIGN_OUT);
    }
}
