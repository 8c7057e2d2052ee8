package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.landclearance.internal.HouseholdProjects.ProjectRef;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Households of a project, one use case per method: find them in the user's area, record and edit one, move its
 * stage through the explicit actions. A household is visible only when its commune is in the user's scope (404
 * otherwise); reading needs {@link LandClearancePermissions#READ}, every change {@link LandClearancePermissions#RECORD}
 * and is audited, and every change of stage is kept as history.
 */
@Service
class HouseholdService {

    private final HouseholdRepository households;
    private final StageChangeRepository stageChanges;
    private final HouseholdProjects projects;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    HouseholdService(
            HouseholdRepository households,
            StageChangeRepository stageChanges,
            HouseholdProjects projects,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock) {
        this.households = households;
        this.stageChanges = stageChanges;
        this.projects = projects;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    ProjectRef project(UUID projectId) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        return projects.visible(user.scope(), projectId);
    }

    /** The project's households in the user's area, filtered, in Vietnamese order of the head's name. */
    @Transactional(readOnly = true)
    Page<HouseholdRow> list(ProjectRef project, HouseholdFilter filter, Pageable pageable) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        Scope.SqlCondition scope = user.scope().sql("h.path");
        StringBuilder where = new StringBuilder(" FROM lc_household h WHERE h.project_id = ? AND ").append(scope.sql());
        List<Object> params = new ArrayList<>();
        params.add(project.id());
        params.addAll(scope.params());
        if (filter.stage() != null) {
            where.append(" AND h.stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.hasUnit()) {
            where.append(" AND h.unit_id = ?");
            params.add(filter.unit());
        }
        if (filter.reason() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM lc_obstacle o WHERE o.household_id = h.id"
                    + " AND o.resolved_on IS NULL AND o.reason = ?)");
            params.add(filter.reason().name());
        }
        if (filter.hasText()) {
            where.append(" AND h.search_text LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(VietnameseText.fold(filter.q())) + "%");
        }
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<HouseholdRow> rows = jdbc.sql("SELECT h.id, h.code, h.head_name, h.id_number, h.unit_name, h.address,"
                        + " h.stage, h.agreed_on, h.paid_amount, h.paid_on, h.handed_over_on,"
                        + " (SELECT o.reason FROM lc_obstacle o WHERE o.household_id = h.id AND o.resolved_on IS NULL"
                        + " ORDER BY o.raised_on, o.id LIMIT 1) AS open_reason"
                        + where + " ORDER BY h.sort_key, h.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, i) -> new HouseholdRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("head_name"),
                        IdNumbers.mask(rs.getString("id_number")),
                        rs.getString("unit_name"),
                        rs.getString("address"),
                        HouseholdStage.valueOf(rs.getString("stage")),
                        rs.getObject("agreed_on", LocalDate.class),
                        rs.getBigDecimal("paid_amount"),
                        rs.getObject("paid_on", LocalDate.class),
                        rs.getObject("handed_over_on", LocalDate.class),
                        rs.getString("open_reason") == null
                                ? null
                                : ObstacleReason.valueOf(rs.getString("open_reason"))))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** A household the user may see, else 404. */
    @Transactional(readOnly = true)
    Household get(UUID id) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        return visible(user.scope(), id);
    }

    @Transactional(readOnly = true)
    List<StageChange> history(Household household) {
        return stageChanges.findByHouseholdIdOrderByChangedAtDesc(household.id());
    }

    /** A household for editing: needs the right to record and the household in the user's area. */
    @Transactional(readOnly = true)
    Household getForChange(UUID id) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        return visible(user.scope(), id);
    }

    @Transactional
    Household create(ProjectRef project, HouseholdForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        HouseholdProjects.Commune commune = communeFor(project, user, form.unitId());
        String code = form.code() == null ? "" : form.code().strip();
        if (households.existsByProjectIdAndCode(project.id(), code)) {
            throw new HouseholdRuleViolation("lc.household.error.codeTaken", code);
        }
        Instant now = clock.instant();
        Household household = new Household(project.id(), code, toCommune(commune), form.details(), now);
        checkPlotsFree(project.id(), household.id(), form.plotEntries());
        household.replacePlots(form.plotEntries());
        households.saveAndFlush(household);
        audit.record(AuditEvent.of("landclearance.household.created", "household", household.id())
                .withDetail("project", project.code())
                .withDetail("code", household.code())
                .withDetail("unit", household.unitId()));
        return household;
    }

    @Transactional
    void update(UUID id, HouseholdForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Household household = visible(user.scope(), id);
        ProjectRef project = projects.visible(user.scope(), household.projectId());
        HouseholdProjects.Commune commune = communeFor(project, user, form.unitId());
        String code = form.code() == null ? "" : form.code().strip();
        if (households.existsByProjectIdAndCodeAndIdNot(project.id(), code, id)) {
            throw new HouseholdRuleViolation("lc.household.error.codeTaken", code);
        }
        checkPlotsFree(project.id(), id, form.plotEntries());
        Instant now = clock.instant();
        household.recode(code);
        household.moveTo(toCommune(commune));
        household.describe(form.details(), now);
        household.replacePlots(form.plotEntries());
        households.saveAndFlush(household);
        audit.record(AuditEvent.of("landclearance.household.updated", "household", id)
                .withDetail("project", project.code())
                .withDetail("code", household.code())
                .withDetail("unit", household.unitId()));
    }

    /** One explicit stage action; what it needs is checked here and named in the message when missing. */
    @Transactional
    void changeStage(UUID id, StageChangeForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Household household = visible(user.scope(), id);
        if (form.action() == null) {
            throw new HouseholdRuleViolation("lc.household.error.actionRequired");
        }
        LocalDate today = today();
        if (form.action() == StageChangeForm.Action.RESETTLEMENT) {
            household.arrangeResettlement(form.text());
            household.touch(clock.instant());
            households.save(household);
            audit.record(AuditEvent.of("landclearance.household.resettlementRecorded", "household", id));
            return;
        }
        LocalDate on = form.on();
        if (on == null) {
            throw new HouseholdRuleViolation("lc.household.error.dateRequired");
        }
        Optional<HouseholdStageMove> move = switch (form.action()) {
            case INVENTORY -> household.recordInventory(on, today);
            case PLAN_POSTED -> household.recordPlanPosted(on, today);
            case CONSENT -> household.recordConsent(on, today, null);
            case PAYMENT -> {
                BigDecimal amount = form.amount();
                if (amount == null) {
                    throw new HouseholdRuleViolation("lc.household.error.amountRequired");
                }
                boolean late = Household.paidLate(
                        on, projects.approvedOn(household.projectId()).orElse(null), Boolean.TRUE.equals(form.late()));
                yield household.recordPayment(amount, on, late, today);
            }
            case HANDOVER -> household.handOver(on, today);
            case CORRECTION -> {
                if (form.stage() == null) {
                    throw new HouseholdRuleViolation("lc.household.error.stageRequired");
                }
                yield Optional.of(household.correctStage(form.stage(), form.text(), on, today));
            }
            case RESETTLEMENT -> throw new IllegalStateException();
        };
        household.touch(clock.instant());
        households.save(household);
        keep(household, move, user);
        audit.record(AuditEvent.of("landclearance.household.stageRecorded", "household", id)
                .withDetail("action", form.action().name())
                .withDetail("on", on.toString())
                .withDetail("stage", household.stage().name())
                .withDetail("amount", form.action() == StageChangeForm.Action.PAYMENT ? form.amount() : null)
                .withDetail("reason", form.action() == StageChangeForm.Action.CORRECTION ? form.text() : null));
    }

    /** Consent recorded from a visit whose outcome was agreement: moves the stage if it is before agreement. */
    void consentFromVisit(Household household, LocalDate on, String reason, CurrentUser user) {
        if (household.hasConsented()) {
            return;
        }
        Optional<HouseholdStageMove> move = household.recordConsent(on, today(), reason);
        household.touch(clock.instant());
        households.save(household);
        keep(household, move, user);
    }

    private void keep(Household household, Optional<HouseholdStageMove> move, CurrentUser user) {
        move.ifPresent(m -> {
            stageChanges.save(new StageChange(household, m, user.id(), user.displayName(), clock.instant()));
            audit.record(AuditEvent.of("landclearance.household.stageChanged", "household", household.id())
                    .withDetail("from", m.from().name())
                    .withDetail("to", m.to().name())
                    .withDetail("effectiveOn", m.effectiveOn().toString())
                    .withDetail("reason", m.reason()));
        });
    }

    /** A household in the scope, with its members, plots and assets loaded for the page; else 404. */
    Household visible(Scope scope, UUID id) {
        Household household = households
                .findOne((root, query, cb) ->
                        cb.and(cb.equal(root.get("id"), id), scope.predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("household", id));
        household.load();
        return household;
    }

    private static HouseholdProjects.Commune communeFor(ProjectRef project, CurrentUser user, @Nullable String unitId) {
        return project.communesIn(user.scope()).stream()
                .filter(c -> c.unitId().equals(unitId))
                .findFirst()
                .orElseThrow(() -> new HouseholdRuleViolation("lc.household.error.communeNotAllowed"));
    }

    private static Household.Commune toCommune(HouseholdProjects.Commune c) {
        return new Household.Commune(c.unitId(), c.unitName(), c.unitPath());
    }

    /** A plot of the project belongs to one household: refuse one that another household already has. */
    private void checkPlotsFree(UUID projectId, UUID householdId, List<Household.PlotEntry> entries) {
        for (Household.PlotEntry e : entries) {
            boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM lc_plot WHERE project_id = ? AND map_sheet = ?"
                            + " AND plot_number = ? AND household_id <> ?)")
                    .params(projectId, e.mapSheet().strip(), e.plotNumber().strip(), householdId)
                    .query(Boolean.class)
                    .single();
            if (taken) {
                throw new PlotAlreadyRecorded(
                        e.mapSheet().strip(), e.plotNumber().strip());
            }
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
