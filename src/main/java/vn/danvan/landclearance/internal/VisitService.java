package vn.danvan.landclearance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import vn.danvan.organisation.Accounts;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;

/**
 * Outreach visits: record one on a household (idempotent by its client key; agreement moves the household to the
 * agreed stage), list them per project in the user's area.
 */
@Service
class VisitService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final VisitRepository visits;
    private final HouseholdService households;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    VisitService(
            VisitRepository visits,
            HouseholdService households,
            Organisations organisations,
            Accounts accounts,
            MessageSource messages,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock) {
        this.visits = visits;
        this.households = households;
        this.organisations = organisations;
        this.accounts = accounts;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Visit> of(Household household) {
        List<Visit> found = visits.findByHouseholdIdOrderByVisitedOnDescRecordedAtDesc(household.id());
        found.forEach(Visit::visitors);
        return found;
    }

    /** A new form: today, the signed-in user and their organisation in the first row, a fresh client key. */
    @Transactional(readOnly = true)
    VisitForm newForm() {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Optional<OrgUnitView> org = organisationOf(user);
        VisitForm.VisitorRow me = new VisitForm.VisitorRow(
                user.displayName(),
                org.map(o -> kindOf(o.kind())).orElse(VisitorKind.OTHER),
                org.map(OrgUnitView::name).orElse(null));
        return VisitForm.fresh(LocalDate.now(clock), me, UUID.randomUUID());
    }

    /**
     * Records the visit; the same client key sent again returns the visit already recorded and changes nothing.
     * Agreement moves a household that had not consented to the agreed stage, with the visit's date.
     */
    @Transactional
    Visit record(UUID householdId, VisitForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Household household = households.visible(user.scope(), householdId);
        Optional<Visit> already = visits.findByClientKey(form.clientKey());
        if (already.isPresent()) {
            if (!already.get().householdId().equals(householdId)) {
                throw new HouseholdRuleViolation("lc.visit.error.keyReused");
            }
            return already.get();
        }
        LocalDate today = LocalDate.now(clock);
        Visit visit = new Visit(
                household, form.report(), form.clientKey(), user.id(), user.displayName(), today, clock.instant());
        visits.saveAndFlush(visit);
        if (visit.outcome() == VisitOutcome.AGREED) {
            String reason = messages.getMessage(
                    "lc.visit.consentReason", new Object[] {visit.visitedOn().format(DAY)}, VIETNAMESE);
            households.consentFromVisit(household, visit.visitedOn(), reason, user);
        }
        audit.record(AuditEvent.of("landclearance.visit.recorded", "household", householdId)
                .withDetail("visit", visit.id().toString())
                .withDetail("visitedOn", visit.visitedOn().toString())
                .withDetail("outcome", visit.outcome().name()));
        return visit;
    }

    /** The visit already recorded under this client key, after a race between two sends of the same form. */
    @Transactional(readOnly = true)
    Optional<Visit> byClientKey(UUID clientKey) {
        return visits.findByClientKey(clientKey);
    }

    /** A visit in the project's list. */
    record VisitRow(
            UUID id,
            UUID householdId,
            String householdCode,
            String headName,
            String unitName,
            LocalDate visitedOn,
            VisitOutcome outcome,
            String metWhom,
            @Nullable String visitors,
            @Nullable String nextStep,
            @Nullable LocalDate nextStepOn) {}

    /** The project's visits in the user's area, newest first, by commune and date range. */
    @Transactional(readOnly = true)
    Page<VisitRow> list(
            ProjectRef project,
            @Nullable String unit,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            Pageable pageable) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        Scope.SqlCondition scope = user.scope().sql("v.path");
        StringBuilder where = new StringBuilder(
                        " FROM lc_visit v JOIN lc_household h ON h.id = v.household_id WHERE v.project_id = ? AND ")
                .append(scope.sql());
        List<Object> params = new ArrayList<>();
        params.add(project.id());
        params.addAll(scope.params());
        if (unit != null && !unit.isBlank()) {
            where.append(" AND h.unit_id = ?");
            params.add(unit);
        }
        if (from != null) {
            where.append(" AND v.visited_on >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND v.visited_on <= ?");
            params.add(to);
        }
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<VisitRow> rows = jdbc.sql("SELECT v.id, v.household_id, h.code, h.head_name, h.unit_name, v.visited_on,"
                        + " v.outcome, v.met_whom, v.next_step, v.next_step_on,"
                        + " (SELECT string_agg(w.name, ', ' ORDER BY w.position) FROM lc_visit_visitor w"
                        + "  WHERE w.visit_id = v.id) AS visitors"
                        + where + " ORDER BY v.visited_on DESC, v.recorded_at DESC, v.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, i) -> new VisitRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("household_id", UUID.class),
                        rs.getString("code"),
                        rs.getString("head_name"),
                        rs.getString("unit_name"),
                        rs.getObject("visited_on", LocalDate.class),
                        VisitOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("met_whom"),
                        rs.getString("visitors"),
                        rs.getString("next_step"),
                        rs.getObject("next_step_on", LocalDate.class)))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The organisation in which the user holds their first role, to pre-fill who went. */
    private Optional<OrgUnitView> organisationOf(CurrentUser user) {
        return accounts.organisationsOf(user.id()).stream().findFirst().flatMap(organisations::find);
    }

    static VisitorKind kindOf(OrgUnitKind kind) {
        return switch (kind) {
            case MASS_MOBILIZATION_BOARD -> VisitorKind.BOARD;
            case FATHERLAND_FRONT, VILLAGE_FRONT_TEAM -> VisitorKind.FRONT;
            case WOMENS_UNION -> VisitorKind.WOMEN;
            case VETERANS_ASSOCIATION -> VisitorKind.VETERANS;
            case FARMERS_ASSOCIATION -> VisitorKind.FARMERS;
            case YOUTH_UNION -> VisitorKind.YOUTH;
            case PEOPLES_COMMITTEE, GOVERNMENT_AGENCY -> VisitorKind.AUTHORITY;
            default -> VisitorKind.OTHER;
        };
    }
}
