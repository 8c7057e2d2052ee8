package vn.danvan.landclearance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The time-limit rules (lc_step_rule): read by every project's timeline, kept by the board. Rules are never edited
 * in place — a changed law is a new rule from its effective date, and the old one's period is ended — so that a
 * project's past due dates stay what they were.
 */
@Service
class StepRuleService {

    static final String COLUMNS =
            "id, step, relation, after_step, days, land_kind, legal_basis, effective_from, effective_to, verified";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    StepRuleService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, by step order then period: the reference table is small. */
    @Transactional(readOnly = true)
    List<StepRule> all() {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM lc_step_rule ORDER BY effective_from, id")
                .query(StepRuleService::rule)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(StepRule::step)
                        .thenComparing(StepRule::relation)
                        .thenComparing(StepRule::afterStep)
                        .thenComparing(StepRule::effectiveFrom))
                .toList();
    }

    @Transactional
    StepRule add(StepRuleForm form) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        if (form.effectiveTo() != null && form.effectiveTo().isBefore(form.effectiveFrom())) {
            throw new StepRulePeriodInvalid();
        }
        if (form.step() == form.afterStep()) {
            throw new StepRuleSameStep();
        }
        StepRule rule = new StepRule(
                Ids.newId(),
                form.step(),
                form.relation(),
                form.afterStep(),
                form.days(),
                form.landKind(),
                form.legalBasis().strip(),
                form.effectiveFrom(),
                form.effectiveTo(),
                form.isVerified());
        lockRules();
        checkNoOverlap(rule, rule.effectiveFrom(), rule.effectiveTo());
        jdbc.sql("INSERT INTO lc_step_rule (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(rule.id())
                .param(rule.step().name())
                .param(rule.relation().name())
                .param(rule.afterStep().name())
                .param(rule.days())
                .param(rule.landKind() == null ? null : rule.landKind().name())
                .param(rule.legalBasis())
                .param(rule.effectiveFrom())
                .param(rule.effectiveTo())
                .param(rule.verified())
                .param(OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEvent.of("landclearance.rule.added", "lc_step_rule", rule.id())
                .withDetail("step", rule.step().name())
                .withDetail("relation", rule.relation().name())
                .withDetail("afterStep", rule.afterStep().name())
                .withDetail("days", rule.days())
                .withDetail(
                        "landKind",
                        rule.landKind() == null ? "" : rule.landKind().name())
                .withDetail("legalBasis", rule.legalBasis())
                .withDetail("effectiveFrom", rule.effectiveFrom().toString())
                .withDetail(
                        "effectiveTo",
                        rule.effectiveTo() == null ? "" : rule.effectiveTo().toString())
                .withDetail("verified", rule.verified()));
        return rule;
    }

    /** Ends the rule's period in force on the given day (inclusive). */
    @Transactional
    StepRule end(UUID id, LocalDate lastDay) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        lockRules();
        StepRule rule = find(id);
        if (lastDay.isBefore(rule.effectiveFrom())) {
            throw new StepRulePeriodInvalid();
        }
        jdbc.sql("UPDATE lc_step_rule SET effective_to = ? WHERE id = ?")
                .param(lastDay)
                .param(id)
                .update();
        audit.record(AuditEvent.of("landclearance.rule.ended", "lc_step_rule", id)
                .withDetail(
                        "previousEffectiveTo",
                        rule.effectiveTo() == null ? "" : rule.effectiveTo().toString())
                .withDetail("effectiveTo", lastDay.toString()));
        return find(id);
    }

    StepRule find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lc_step_rule WHERE id = ?")
                .param(id)
                .query(StepRuleService::rule)
                .optional()
                .orElseThrow(() -> new RecordNotFound("lc_step_rule", id));
    }

    /** Two board members adding rules at once must not both pass the overlap check. */
    private void lockRules() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('lc_step_rule'))")
                .query()
                .singleValue();
    }

    private void checkNoOverlap(StepRule rule, LocalDate from, @Nullable LocalDate to) {
        all().stream()
                .filter(other -> !other.id().equals(rule.id()) && other.sameLimitAs(rule) && other.overlaps(from, to))
                .findFirst()
                .ifPresent(other -> {
                    throw new StepRuleOverlap(other.legalBasis());
                });
    }

    static StepRule rule(ResultSet rs, int row) throws SQLException {
        String landKind = rs.getString("land_kind");
        return new StepRule(
                rs.getObject("id", UUID.class),
                ClearanceStep.valueOf(rs.getString("step")),
                StepRule.Relation.valueOf(rs.getString("relation")),
                ClearanceStep.valueOf(rs.getString("after_step")),
                rs.getInt("days"),
                landKind == null ? null : LandKind.valueOf(landKind),
                rs.getString("legal_basis"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class),
                rs.getBoolean("verified"));
    }
}
