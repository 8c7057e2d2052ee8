package vn.danvan.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.audit.AuditActor;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditOutcome;

/** The {@code audit_entry} table: appends to the chain, filtered pages, and batches in id order for the check. */
@Repository
class AuditRepository {

    /** The key of the advisory lock that serialises appends ("audit" in ASCII), so the chain never forks. */
    static final long APPEND_LOCK = 0x6175646974L;

    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "occurredAt");

    /** Sortable properties of the browse page and the columns they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "occurred_at",
            "actor", "lower(actor_name)",
            "action", "action",
            "target", "target_type",
            "client", "client_address",
            "outcome", "outcome");

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, action, target_type, target_id, "
            + "details::text AS details, client_address, outcome, prev_hash, hash";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry at the head of the chain. Must run inside a transaction: the advisory lock is held until
     * that transaction ends, so concurrent appends queue up and each one links to the entry committed before it.
     * The time is read once the lock is held, so that on one node times never go backwards along the chain.
     */
    AuditEntry append(AuditEvent event, AuditActor actor, @Nullable String clientAddress, Clock clock) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)")
                .param("key", APPEND_LOCK)
                .query(Integer.class)
                .single();
        // A separate statement after the lock, so that (in READ COMMITTED) its snapshot includes the entry that the
        // previous holder of the lock committed. The id is drawn under the lock too, so ids follow the chain.
        Map<String, Object> head = jdbc.sql("""
                        SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) AS id,
                               (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) AS prev_hash
                        """).query().singleRow();
        Instant at = clock.instant();
        long id = ((Number) head.get("id")).longValue();
        Object prev = head.get("prev_hash");
        String prevHash = prev == null ? HashChain.GENESIS : prev.toString();
        AuditEntry unsealed = new AuditEntry(
                id,
                at.truncatedTo(ChronoUnit.MICROS),
                actor.id(),
                actor.name(),
                event.action(),
                event.targetType(),
                event.targetId(),
                new TreeMap<>(event.details()),
                clientAddress,
                event.outcome(),
                prevHash,
                "");
        AuditEntry entry = withHash(unsealed, HashChain.hashOf(unsealed));
        jdbc.sql("""
                        INSERT INTO audit_entry (id, occurred_at, actor_id, actor_name, action, target_type,
                                                 target_id, details, client_address, outcome, prev_hash, hash)
                        VALUES (:id, :occurredAt, :actorId, :actorName, :action, :targetType,
                                :targetId, CAST(:details AS jsonb), :clientAddress, :outcome, :prevHash, :hash)
                        """)
                .param("id", entry.id())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("details", JSON.writeValueAsString(entry.details()))
                .param("clientAddress", entry.clientAddress())
                .param("outcome", entry.outcome().name())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    /** The entries after {@code afterId}, in id order, at most {@code limit} of them. */
    List<AuditEntry> batchAfter(long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(AuditRepository::entry)
                .list();
    }

    /** One page of the entries matching the search, filtered, sorted and paged in the database. */
    Page<AuditEntry> search(AuditSearch search, Pageable pageable) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.actor() != null) {
            where.append(" AND lower(actor_name) LIKE :actor ESCAPE '\\'");
            params.put("actor", likePrefix(search.actor().toLowerCase(Locale.ROOT)));
        }
        if (search.actionPrefix() != null) {
            where.append(" AND action LIKE :action ESCAPE '\\'");
            params.put("action", likePrefix(search.actionPrefix()));
        }
        if (search.targetType() != null) {
            where.append(" AND target_type = :targetType");
            params.put("targetType", search.targetType());
        }
        if (search.targetId() != null) {
            where.append(" AND target_id = :targetId");
            params.put("targetId", search.targetId());
        }
        if (search.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", search.from().atStartOfDay(AuditSearch.VIETNAM).toOffsetDateTime());
        }
        if (search.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put(
                    "to",
                    search.to().plusDays(1).atStartOfDay(AuditSearch.VIETNAM).toOffsetDateTime());
        }
        if (search.outcome() != null) {
            where.append(" AND outcome = :outcome");
            params.put("outcome", search.outcome().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        Sort sort = supportedSort(pageable.getSort());
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", page.getPageSize());
        pageParams.put("offset", page.getOffset());
        List<AuditEntry> rows = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where + orderBy(sort)
                        + " LIMIT :limit OFFSET :offset")
                .params(pageParams)
                .query(AuditRepository::entry)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The requested order if every property is sortable, else newest first. */
    static Sort supportedSort(Sort requested) {
        if (requested.isUnsorted() || requested.stream().anyMatch(o -> !SORTABLE.containsKey(o.getProperty()))) {
            return DEFAULT_SORT;
        }
        return requested;
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        Sort.Direction last = Sort.Direction.DESC;
        for (Sort.Order order : sort) {
            String dir = order.isAscending() ? "ASC" : "DESC";
            parts.add(SORTABLE.get(order.getProperty()) + " " + dir);
            if ("target".equals(order.getProperty())) {
                parts.add("target_id " + dir);
            }
            last = order.getDirection();
        }
        // Ties keep a stable order across pages.
        parts.add("id " + (last.isAscending() ? "ASC" : "DESC"));
        return " ORDER BY " + String.join(", ", parts);
    }

    private static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.clientAddress(),
                e.outcome(),
                e.prevHash(),
                hash);
    }

    /**
     * The details as stored. Entries only ever hold text values; anything else (put there behind the application's
     * back) is read as its JSON text, so the check reports a hash mismatch instead of failing.
     */
    static SortedMap<String, String> details(@Nullable String json) {
        SortedMap<String, String> map = new TreeMap<>();
        if (json == null) {
            return map;
        }
        try {
            JSON.readValue(json, DETAILS).forEach((key, value) -> map.put(key, String.valueOf(value)));
        } catch (JacksonException e) {
            map.put("", json);
        }
        return map;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String details = rs.getString("details");
        SortedMap<String, String> map = details(details);
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                map,
                rs.getString("client_address"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
