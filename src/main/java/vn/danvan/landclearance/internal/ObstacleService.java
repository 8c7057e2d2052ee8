package vn.danvan.landclearance.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Obstacles of households: the commune records, resolves and escalates them ({@link LandClearancePermissions#RECORD});
 * the province answers escalations ({@link LandClearancePermissions#MANAGE}). Visible when the household's commune is
 * in the user's scope; every change is audited.
 */
@Service
class ObstacleService {

    /** How many answered escalations the escalation page shows under the open ones. */
    static final int ANSWERED_SHOWN = 50;

    private final ObstacleRepository obstacles;
    private final HouseholdRepository householdRecords;
    private final HouseholdService households;
    private final AuditTrail audit;
    private final Clock clock;

    ObstacleService(
            ObstacleRepository obstacles,
            HouseholdRepository householdRecords,
            HouseholdService households,
            AuditTrail audit,
            Clock clock) {
        this.obstacles = obstacles;
        this.householdRecords = householdRecords;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    List<Obstacle> of(Household household) {
        return obstacles.findByHouseholdIdOrderByRaisedOnDesc(household.id());
    }

    @Transactional
    Obstacle record(UUID householdId, ObstacleForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Household household = households.visible(user.scope(), householdId);
        Obstacle obstacle =
                new Obstacle(household, form.reason(), form.description(), form.raisedOn(), today(), clock.instant());
        obstacles.save(obstacle);
        audit.record(AuditEvent.of("landclearance.obstacle.recorded", "obstacle", obstacle.id())
                .withDetail("household", householdId.toString())
                .withDetail("reason", obstacle.reason().name()));
        return obstacle;
    }

    @Transactional
    Obstacle resolve(UUID id, ObstacleResolutionForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Obstacle obstacle = visible(user.scope(), id);
        if (form.resolvedOn() == null) {
            throw new HouseholdRuleViolation("lc.household.error.dateRequired");
        }
        if (form.resolution() == null || form.resolution().isBlank()) {
            throw new HouseholdRuleViolation("lc.obstacle.error.resolutionRequired");
        }
        obstacle.resolve(form.resolvedOn(), form.resolution(), today(), clock.instant());
        audit.record(AuditEvent.of("landclearance.obstacle.resolved", "obstacle", id)
                .withDetail("resolvedOn", form.resolvedOn().toString()));
        return obstacle;
    }

    @Transactional
    Obstacle escalate(UUID id, EscalationForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        Obstacle obstacle = visible(user.scope(), id);
        if (form.answerBy() == null) {
            throw new HouseholdRuleViolation("lc.household.error.dateRequired");
        }
        obstacle.escalate(form.answerBy(), today(), clock.instant());
        audit.record(AuditEvent.of("landclearance.obstacle.escalated", "obstacle", id)
                .withDetail("answerBy", form.answerBy().toString()));
        return obstacle;
    }

    @Transactional
    Obstacle answer(UUID id, EscalationAnswerForm form) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.MANAGE);
        Obstacle obstacle = visible(user.scope(), id);
        if (form.answer() == null || form.answer().isBlank()) {
            throw new HouseholdRuleViolation("lc.obstacle.error.answerRequired");
        }
        obstacle.answer(form.answer(), user.displayName(), today(), clock.instant());
        audit.record(AuditEvent.of("landclearance.obstacle.answered", "obstacle", id));
        return obstacle;
    }

    /** An escalation as the escalation page shows it. */
    record EscalationRow(
            Obstacle obstacle,
            String householdCode,
            String headName,
            String unitName,
            long daysWaiting,
            boolean overdue) {}

    /** Escalations in the user's area: open ones oldest first, then the latest answered ones. */
    /** The open escalations of one page (oldest first) and the latest answered ones. */
    record Escalations(Page<EscalationRow> open, List<EscalationRow> answered) {}

    /** Open escalations shown per page. */
    static final int OPEN_PER_PAGE = 50;

    @Transactional(readOnly = true)
    Escalations escalations(@Nullable UUID projectId, int page) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        LocalDate today = today();
        Page<Obstacle> open = obstacles.findAll(
                escalated(user.scope(), projectId, false),
                PageRequest.of(
                        Math.max(page, 0),
                        OPEN_PER_PAGE,
                        Sort.by("escalatedOn").ascending().and(Sort.by("id"))));
        List<Obstacle> answered = obstacles
                .findAll(
                        escalated(user.scope(), projectId, true),
                        PageRequest.of(
                                0,
                                ANSWERED_SHOWN,
                                Sort.by("answeredOn").descending().and(Sort.by("id"))))
                .getContent();
        List<UUID> ids = new ArrayList<>();
        open.forEach(o -> ids.add(o.householdId()));
        answered.forEach(o -> ids.add(o.householdId()));
        Map<UUID, Household> byId =
                householdRecords.findAllById(ids).stream().collect(Collectors.toMap(Household::id, h -> h));
        return new Escalations(
                open.map(o -> row(o, byId.get(o.householdId()), today)),
                answered.stream()
                        .map(o -> row(o, byId.get(o.householdId()), today))
                        .toList());
    }

    private static EscalationRow row(Obstacle o, @Nullable Household h, LocalDate today) {
        return new EscalationRow(
                o,
                h == null ? "" : h.code(),
                h == null ? "" : h.headName(),
                h == null ? "" : h.unitName(),
                o.daysWaiting(today),
                o.isOverdue(today));
    }

    private static Specification<Obstacle> escalated(Scope scope, @Nullable UUID projectId, boolean answered) {
        return (root, query, cb) -> {
            List<Predicate> ps = new ArrayList<>();
            ps.add(scope.predicate(cb, root.get("path")));
            ps.add(cb.isNotNull(root.get("escalatedOn")));
            if (answered) {
                ps.add(cb.isNotNull(root.get("answeredOn")));
            } else {
                ps.add(cb.isNull(root.get("answeredOn")));
                ps.add(cb.isNull(root.get("resolvedOn")));
            }
            if (projectId != null) {
                ps.add(cb.equal(root.get("projectId"), projectId));
            }
            return cb.and(ps.toArray(Predicate[]::new));
        };
    }

    /** An obstacle the signed-in user may see (404 otherwise). */
    @Transactional(readOnly = true)
    Obstacle visibleForUser(UUID id) {
        return visible(SignedIn.user().scope(), id);
    }

    private Obstacle visible(Scope scope, UUID id) {
        return obstacles
                .findOne((root, query, cb) ->
                        cb.and(cb.equal(root.get("id"), id), scope.predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("obstacle", id));
    }
}
