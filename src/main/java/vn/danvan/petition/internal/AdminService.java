package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Quản lý danh mục đơn thư: Open311 clients, categories, the routing table and the time-limit rules. Every method
 * requires MANAGE, checks its rules before changing anything, and writes the change to the audit trail.
 */
@Service
class AdminService {

    static final List<String> RULE_STEPS = List.of("RECEIVED", "ACCEPTED", "TRANSFERRED", "VERIFYING", "DIALOGUE");
    static final List<String> DAY_KINDS = List.of("CALENDAR_DAY", "WORKING_DAY");

    record ApiClientRow(UUID id, String name, boolean active, OffsetDateTime createdAt) {}

    record CategoryRow(
            UUID id,
            String code,
            String name,
            @Nullable String nameEn,
            @Nullable String description,
            boolean open311,
            boolean active,
            int position) {}

    record RoutingRow(
            UUID id,
            @Nullable String kind,
            @Nullable String categoryName,
            String unitPath,
            @Nullable String unitName,
            String handlingOrgName) {}

    record RuleRow(
            UUID id,
            String kind,
            String step,
            int amount,
            @Nullable Integer complexAmount,
            @Nullable Integer remoteAmount,
            @Nullable Integer remoteComplexAmount,
            String dayKind,
            boolean civilCodeEnd,
            int maxExtensions,
            @Nullable Integer extensionAmount,
            String legalBasis,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            boolean verified) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    AdminService(JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    private static void manage() {
        SignedIn.require(PetitionPermissions.MANAGE);
    }

    private static String required(@Nullable String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new AdminRuleViolation(key);
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new AdminRuleViolation("pv.admin.tooLong", max);
        }
        return v;
    }

    private static @Nullable String optional(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new AdminRuleViolation("pv.admin.tooLong", max);
        }
        return v;
    }

    // ---- Open311 clients

    List<ApiClientRow> apiClients() {
        manage();
        return jdbc.sql("SELECT id, name, active, created_at FROM pt_api_client ORDER BY active DESC, name")
                .query((rs, i) -> new ApiClientRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("active"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** Creates a client and returns its key, which is shown once and kept only as a hash. */
    @Transactional
    String createApiClient(AdminForms.ApiClientForm form) {
        manage();
        String name = required(form.name(), 200, "pv.admin.client.nameRequired");
        String key = ApiKeys.newKey();
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO pt_api_client (id, name, key_hash, active, created_at) VALUES (:id, :n, :h, true, :at)")
                .param("id", id)
                .param("n", name)
                .param("h", ApiKeys.hash(key))
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(
                AuditEvent.of("petition.apiClient.create", "pt_api_client", id).withDetail("name", name));
        return key;
    }

    @Transactional
    void deactivateApiClient(UUID id) {
        manage();
        int n = jdbc.sql("UPDATE pt_api_client SET active = false WHERE id = :id")
                .param("id", id)
                .update();
        if (n == 0) {
            throw new RecordNotFound("pt_api_client", id);
        }
        audit.record(AuditEvent.of("petition.apiClient.deactivate", "pt_api_client", id));
    }

    // ---- Categories

    List<CategoryRow> categories() {
        manage();
        return jdbc.sql("SELECT * FROM pt_category ORDER BY position, code")
                .query((rs, i) -> new CategoryRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("description"),
                        rs.getBoolean("open311"),
                        rs.getBoolean("active"),
                        rs.getInt("position")))
                .list();
    }

    @Transactional
    UUID createCategory(AdminForms.CategoryForm form) {
        manage();
        String code = required(form.code(), 40, "pv.admin.category.codeRequired");
        if (!code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new AdminRuleViolation("pv.admin.category.codeFormat");
        }
        String name = required(form.name(), 200, "pv.admin.category.nameRequired");
        boolean taken = jdbc.sql("SELECT count(*) FROM pt_category WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new AdminRuleViolation("pv.admin.category.codeTaken", code);
        }
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO pt_category (id, code, name, name_en, description, open311, active, position)"
                        + " VALUES (:id, :code, :name, :en, :d, :o, :a, :p)")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("en", optional(form.nameEn(), 200))
                .param("d", optional(form.description(), 1000))
                .param("o", Boolean.TRUE.equals(form.open311()))
                .param("a", Boolean.TRUE.equals(form.active()))
                .param("p", form.position() == null ? 0 : form.position())
                .update();
        audit.record(AuditEvent.of("petition.category.create", "pt_category", id)
                .withDetail("code", code)
                .withDetail("name", name));
        return id;
    }

    @Transactional
    void updateCategory(UUID id, AdminForms.CategoryForm form) {
        manage();
        String name = required(form.name(), 200, "pv.admin.category.nameRequired");
        int n = jdbc.sql("UPDATE pt_category SET name = :name, name_en = :en, description = :d, open311 = :o,"
                        + " active = :a, position = :p WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .param("en", optional(form.nameEn(), 200))
                .param("d", optional(form.description(), 1000))
                .param("o", Boolean.TRUE.equals(form.open311()))
                .param("a", Boolean.TRUE.equals(form.active()))
                .param("p", form.position() == null ? 0 : form.position())
                .update();
        if (n == 0) {
            throw new RecordNotFound("pt_category", id);
        }
        audit.record(AuditEvent.of("petition.category.update", "pt_category", id)
                .withDetail("name", name)
                .withDetail("open311", Boolean.TRUE.equals(form.open311()))
                .withDetail("active", Boolean.TRUE.equals(form.active())));
    }

    // ---- Routing

    List<RoutingRow> routing() {
        manage();
        return jdbc.sql("SELECT r.id, r.kind, cat.name AS category_name, r.unit_path, a.full_name AS unit_name,"
                        + " r.handling_org_name FROM pt_routing r LEFT JOIN pt_category cat ON cat.id = r.category_id"
                        + " LEFT JOIN admin_unit a ON a.path = r.unit_path"
                        + " ORDER BY r.unit_path, r.kind NULLS FIRST, cat.name NULLS FIRST")
                .query((rs, i) -> new RoutingRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("category_name"),
                        rs.getString("unit_path"),
                        rs.getString("unit_name"),
                        rs.getString("handling_org_name")))
                .list();
    }

    @Transactional
    UUID addRouting(AdminForms.RoutingForm form) {
        manage();
        String kind = optional(form.kind(), 20);
        if (kind != null && !DashboardController.KINDS.contains(kind)) {
            throw new AdminRuleViolation("pv.admin.routing.kindUnknown");
        }
        String path = required(form.unitPath(), 100, "pv.admin.routing.unitRequired");
        boolean unitExists = jdbc.sql("SELECT count(*) FROM admin_unit WHERE path = :p AND valid_to IS NULL")
                        .param("p", path)
                        .query(Long.class)
                        .single()
                > 0;
        if (!unitExists) {
            throw new AdminRuleViolation("pv.admin.routing.unitUnknown", path);
        }
        if (form.categoryId() != null) {
            boolean categoryExists = jdbc.sql("SELECT count(*) FROM pt_category WHERE id = :id")
                            .param("id", form.categoryId())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!categoryExists) {
                throw new AdminRuleViolation("pv.admin.routing.categoryUnknown");
            }
        }
        if (form.handlingOrgId() == null) {
            throw new AdminRuleViolation("pv.admin.routing.orgRequired");
        }
        OrgUnitView org = organisations
                .find(form.handlingOrgId())
                .orElseThrow(() -> new AdminRuleViolation("pv.admin.routing.orgUnknown"));
        boolean duplicate = jdbc.sql("SELECT count(*) FROM pt_routing WHERE unit_path = :p"
                                + " AND kind IS NOT DISTINCT FROM :k AND category_id IS NOT DISTINCT FROM :c")
                        .param("p", path)
                        .param("k", kind, java.sql.Types.VARCHAR)
                        .param("c", form.categoryId(), java.sql.Types.OTHER)
                        .query(Long.class)
                        .single()
                > 0;
        if (duplicate) {
            throw new AdminRuleViolation("pv.admin.routing.duplicate");
        }
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO pt_routing (id, kind, category_id, unit_path, handling_org_id, handling_org_name,"
                        + " handling_path, created_at) VALUES (:id, :k, :c, :p, :o, :on, :op, :at)")
                .param("id", id)
                .param("k", kind, java.sql.Types.VARCHAR)
                .param("c", form.categoryId(), java.sql.Types.OTHER)
                .param("p", path)
                .param("o", org.id())
                .param("on", org.name())
                .param("op", org.path())
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEvent.of("petition.routing.add", "pt_routing", id)
                .withDetail("unitPath", path)
                .withDetail("kind", kind)
                .withDetail("categoryId", form.categoryId())
                .withDetail("handlingOrg", org.name()));
        return id;
    }

    @Transactional
    void removeRouting(UUID id) {
        manage();
        Map<String, Object> row = jdbc
                .sql("SELECT unit_path, handling_org_name FROM pt_routing WHERE id = :id")
                .param("id", id)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("pt_routing", id));
        jdbc.sql("DELETE FROM pt_routing WHERE id = :id").param("id", id).update();
        audit.record(AuditEvent.of("petition.routing.remove", "pt_routing", id)
                .withDetail("unitPath", row.get("unit_path"))
                .withDetail("handlingOrg", row.get("handling_org_name")));
    }

    List<OrgUnitView> organisationChoices() {
        return organisations.choices(500);
    }

    // ---- Deadline rules

    List<RuleRow> rules() {
        manage();
        return jdbc.sql("SELECT * FROM pt_deadline_rule ORDER BY kind, step, effective_from")
                .query((rs, i) -> new RuleRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("step"),
                        rs.getInt("amount"),
                        (Integer) rs.getObject("complex_amount"),
                        (Integer) rs.getObject("remote_amount"),
                        (Integer) rs.getObject("remote_complex_amount"),
                        rs.getString("day_kind"),
                        rs.getBoolean("civil_code_end"),
                        rs.getInt("max_extensions"),
                        (Integer) rs.getObject("extension_amount"),
                        rs.getString("legal_basis"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getBoolean("verified")))
                .list();
    }

    private static @Nullable Integer positive(@Nullable Integer value) {
        if (value != null && value <= 0) {
            throw new AdminRuleViolation("pv.admin.rule.amountPositive");
        }
        return value;
    }

    /** Whether another rule of the same kind and step is in force on some day of the period. */
    private boolean overlaps(String kind, String step, LocalDate from, @Nullable LocalDate to, @Nullable UUID except) {
        return jdbc.sql("SELECT count(*) FROM pt_deadline_rule WHERE kind = :k AND step = :s"
                                + " AND (effective_to IS NULL OR effective_to >= :from)"
                                + " AND (CAST(:to AS date) IS NULL OR effective_from <= :to)"
                                + " AND id IS DISTINCT FROM :except")
                        .param("k", kind)
                        .param("s", step)
                        .param("from", from)
                        .param("to", to, java.sql.Types.DATE)
                        .param("except", except, java.sql.Types.OTHER)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    UUID addRule(AdminForms.RuleForm form) {
        manage();
        if (form.kind() == null || !DashboardController.KINDS.contains(form.kind())) {
            throw new AdminRuleViolation("pv.admin.rule.kindRequired");
        }
        if (form.step() == null || !RULE_STEPS.contains(form.step())) {
            throw new AdminRuleViolation("pv.admin.rule.stepRequired");
        }
        if (form.dayKind() == null || !DAY_KINDS.contains(form.dayKind())) {
            throw new AdminRuleViolation("pv.admin.rule.dayKindRequired");
        }
        if (form.amount() == null) {
            throw new AdminRuleViolation("pv.admin.rule.amountRequired");
        }
        positive(form.amount());
        positive(form.complexAmount());
        positive(form.remoteAmount());
        positive(form.remoteComplexAmount());
        positive(form.extensionAmount());
        int maxExtensions = form.maxExtensions() == null ? 0 : form.maxExtensions();
        if (maxExtensions < 0) {
            throw new AdminRuleViolation("pv.admin.rule.amountPositive");
        }
        if (maxExtensions > 0 && form.extensionAmount() == null) {
            throw new AdminRuleViolation("pv.admin.rule.extensionAmountRequired");
        }
        String basis = required(form.legalBasis(), 500, "pv.admin.rule.legalBasisRequired");
        if (form.effectiveFrom() == null) {
            throw new AdminRuleViolation("pv.admin.rule.fromRequired");
        }
        if (form.effectiveTo() != null && form.effectiveTo().isBefore(form.effectiveFrom())) {
            throw new AdminRuleViolation("pv.admin.rule.periodBackwards");
        }
        if (overlaps(form.kind(), form.step(), form.effectiveFrom(), form.effectiveTo(), null)) {
            throw new AdminRuleViolation("pv.admin.rule.overlap");
        }
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO pt_deadline_rule (id, kind, step, amount, complex_amount, remote_amount,"
                        + " remote_complex_amount, day_kind, civil_code_end, max_extensions, extension_amount,"
                        + " legal_basis, effective_from, effective_to, verified, created_at) VALUES (:id, :k, :s, :a,"
                        + " :ca, :ra, :rca, :dk, :cc, :me, :ea, :lb, :f, :t, :v, :at)")
                .param("id", id)
                .param("k", form.kind())
                .param("s", form.step())
                .param("a", form.amount())
                .param("ca", form.complexAmount(), java.sql.Types.INTEGER)
                .param("ra", form.remoteAmount(), java.sql.Types.INTEGER)
                .param("rca", form.remoteComplexAmount(), java.sql.Types.INTEGER)
                .param("dk", form.dayKind())
                .param("cc", Boolean.TRUE.equals(form.civilCodeEnd()))
                .param("me", maxExtensions)
                .param("ea", form.extensionAmount(), java.sql.Types.INTEGER)
                .param("lb", basis)
                .param("f", form.effectiveFrom())
                .param("t", form.effectiveTo(), java.sql.Types.DATE)
                .param("v", Boolean.TRUE.equals(form.verified()))
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEvent.of("petition.rule.add", "pt_deadline_rule", id)
                .withDetail("kind", form.kind())
                .withDetail("step", form.step())
                .withDetail("amount", form.amount())
                .withDetail("dayKind", form.dayKind())
                .withDetail("legalBasis", basis)
                .withDetail("effectiveFrom", form.effectiveFrom())
                .withDetail("effectiveTo", form.effectiveTo()));
        return id;
    }

    /** Ends a rule's period on the given day (the last day it is in force). */
    @Transactional
    void endRule(UUID id, AdminForms.EndRuleForm form) {
        manage();
        RuleRow rule = rules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("pt_deadline_rule", id));
        if (form.on() == null) {
            throw new AdminRuleViolation("pv.admin.rule.endRequired");
        }
        if (form.on().isBefore(rule.effectiveFrom())) {
            throw new AdminRuleViolation("pv.admin.rule.periodBackwards");
        }
        if (rule.effectiveTo() != null && form.on().isAfter(rule.effectiveTo())) {
            throw new AdminRuleViolation("pv.admin.rule.endLater");
        }
        jdbc.sql("UPDATE pt_deadline_rule SET effective_to = :t WHERE id = :id")
                .param("t", form.on())
                .param("id", id)
                .update();
        audit.record(AuditEvent.of("petition.rule.end", "pt_deadline_rule", id)
                .withDetail("kind", rule.kind())
                .withDetail("step", rule.step())
                .withDetail("effectiveTo", form.on()));
    }
}
