package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.danvan.shared.web.Flash;

/** The administration pages: API keys shown once and working, routing and rule validation, all audited. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class AdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    MvcResult as(String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
            throws Exception {
        return mvc.perform(r.with(user(accounts.loadUserByUsername(username))).with(csrf()))
                .andReturn();
    }

    static String flashKey(MvcResult r) {
        Object flash = r.getFlashMap().get(Flash.ATTRIBUTE);
        return flash == null ? "" : ((Flash.Message) flash).key();
    }

    @Test
    void aCreatedKeyIsShownOnceStoredHashedAndFilesThroughOpen311UntilRevoked() throws Exception {
        String name = Open311Fixtures.unique("Ứng dụng ");
        MvcResult created = as("quantri", post("/petitions/admin/api-clients").param("name", name));
        String key = (String) created.getModelAndView().getModel().get("newKey");
        assertThat(key).startsWith("dv311_");
        assertThat(jdbc.sql("SELECT count(*) FROM pt_api_client WHERE key_hash = :h")
                        .param("h", ApiKeys.hash(key))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM pt_api_client WHERE key_hash = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single())
                .isZero();
        String page =
                as("quantri", get("/petitions/admin/api-clients")).getResponse().getContentAsString();
        assertThat(page).contains(name).doesNotContain(key);
        UUID id = jdbc.sql("SELECT id FROM pt_api_client WHERE name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
        as("lanhdao.tinh", post("/petitions/admin/api-clients/" + id + "/deactivate"));
        assertThat(jdbc.sql("SELECT active FROM pt_api_client WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'petition.apiClient.%'"
                                + " AND target_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRuleOverlappingAnotherOfTheSameKindAndStepIsRefused() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM pt_deadline_rule")
                .query(Long.class)
                .single();
        MvcResult overlap = as(
                "quantri",
                post("/petitions/admin/deadline-rules")
                        .param("kind", "COMPLAINT")
                        .param("step", "ACCEPTED")
                        .param("amount", "20")
                        .param("dayKind", "CALENDAR_DAY")
                        .param("legalBasis", "Thử")
                        .param("effectiveFrom", "2030-01-01"));
        assertThat(flashKey(overlap)).isEqualTo("pv.admin.rule.overlap");
        assertThat(jdbc.sql("SELECT count(*) FROM pt_deadline_rule")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        MvcResult noBasis = as(
                "quantri",
                post("/petitions/admin/deadline-rules")
                        .param("kind", "REFLECTION")
                        .param("step", "ACCEPTED")
                        .param("amount", "15")
                        .param("dayKind", "WORKING_DAY")
                        .param("effectiveFrom", "2030-01-01"));
        assertThat(flashKey(noBasis)).isEqualTo("pv.admin.rule.legalBasisRequired");

        MvcResult ok = as(
                "quantri",
                post("/petitions/admin/deadline-rules")
                        .param("kind", "REFLECTION")
                        .param("step", "VERIFYING")
                        .param("amount", "15")
                        .param("dayKind", "WORKING_DAY")
                        .param("legalBasis", "Quy định thử")
                        .param("effectiveFrom", "2030-01-01")
                        .param("effectiveTo", "2030-12-31"));
        assertThat(flashKey(ok)).isEqualTo("pv.admin.rules.added");
        MvcResult again = as(
                "quantri",
                post("/petitions/admin/deadline-rules")
                        .param("kind", "REFLECTION")
                        .param("step", "VERIFYING")
                        .param("amount", "10")
                        .param("dayKind", "WORKING_DAY")
                        .param("legalBasis", "Quy định thử 2")
                        .param("effectiveFrom", "2030-06-01"));
        assertThat(flashKey(again)).isEqualTo("pv.admin.rule.overlap");
        MvcResult after = as(
                "quantri",
                post("/petitions/admin/deadline-rules")
                        .param("kind", "REFLECTION")
                        .param("step", "VERIFYING")
                        .param("amount", "10")
                        .param("dayKind", "WORKING_DAY")
                        .param("legalBasis", "Quy định thử 2")
                        .param("effectiveFrom", "2031-01-01"));
        assertThat(flashKey(after)).isEqualTo("pv.admin.rules.added");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'petition.rule.add'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void routingNeedsAnExistingUnitAndOrganisationAndNoDuplicate() throws Exception {
        UUID org = jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '11980' ORDER BY name LIMIT 1")
                .query(UUID.class)
                .single();
        String category = Open311Fixtures.unique("rt-");
        UUID categoryId = Open311Fixtures.category(jdbc, category, true);
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/routing")
                                .param("unitPath", "33/99999")
                                .param("handlingOrgId", org.toString()))))
                .isEqualTo("pv.admin.routing.unitUnknown");
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/routing")
                                .param("unitPath", "33/11980")
                                .param("handlingOrgId", UUID.randomUUID().toString()))))
                .isEqualTo("pv.admin.routing.orgUnknown");
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/routing")
                                .param("unitPath", "33/11980")
                                .param("categoryId", categoryId.toString())
                                .param("handlingOrgId", org.toString()))))
                .isEqualTo("pv.admin.routing.added");
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/routing")
                                .param("unitPath", "33/11980")
                                .param("categoryId", categoryId.toString())
                                .param("handlingOrgId", org.toString()))))
                .isEqualTo("pv.admin.routing.duplicate");
        UUID row = jdbc.sql("SELECT id FROM pt_routing WHERE category_id = :c")
                .param("c", categoryId)
                .query(UUID.class)
                .single();
        as("quantri", post("/petitions/admin/routing/" + row + "/delete"));
        assertThat(jdbc.sql("SELECT count(*) FROM pt_routing WHERE id = :id")
                        .param("id", row)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void categoriesAreValidatedAndEditable() throws Exception {
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/categories")
                                .param("code", "Có Dấu")
                                .param("name", "x"))))
                .isEqualTo("pv.admin.category.codeFormat");
        String code = Open311Fixtures.unique("cat-");
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/categories")
                                .param("code", code)
                                .param("name", "Lĩnh vực mới")
                                .param("open311", "true")
                                .param("active", "true"))))
                .isEqualTo("pv.admin.categories.created");
        assertThat(flashKey(as(
                        "quantri",
                        post("/petitions/admin/categories").param("code", code).param("name", "Trùng"))))
                .isEqualTo("pv.admin.category.codeTaken");
        UUID id = jdbc.sql("SELECT id FROM pt_category WHERE code = :c")
                .param("c", code)
                .query(UUID.class)
                .single();
        as("quantri", post("/petitions/admin/categories/" + id).param("name", "Đổi tên"));
        var row = jdbc.sql("SELECT name, open311, active FROM pt_category WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("name", "Đổi tên")
                .containsEntry("open311", false)
                .containsEntry("active", false);
    }
}
