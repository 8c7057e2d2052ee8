package vn.danvan.audit;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What happened, as one entry of the audit trail will say it.
 *
 * <ul>
 *   <li>{@code action}: a dotted key that starts with the module name and ends with a past-tense verb, such as
 *       {@code organisation.user.created}, {@code organisation.role.granted} or {@code petition.denouncer.viewed}.
 *       The browse page shows the label {@code audit.action.<action>} from the audit message bundle when there is
 *       one, else the key itself.
 *   <li>{@code targetType} and {@code targetId}: the record acted on ({@code user}, its id); the id may be absent.
 *   <li>{@code details}: a few facts that make the entry readable later (a code, a new status, a role). Never
 *       secrets: no passwords, tokens, or confidential identities such as a denouncer's name; audit the read of
 *       such data by its record id, not its content.
 *   <li>{@code outcome}: {@link AuditOutcome#FAILURE} for an attempt that was refused.
 * </ul>
 */
public record AuditEvent(
        String action,
        String targetType,
        @Nullable String targetId,
        Map<String, String> details,
        AuditOutcome outcome) {

    public static final int MAX_DETAILS = 32;
    public static final int MAX_VALUE_LENGTH = 1000;
    public static final int MAX_KEY_LENGTH = 100;

    private static final Pattern ACTION = Pattern.compile("[a-z][a-zA-Z0-9_-]*(\\.[a-zA-Z0-9_-]+)+");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]*");

    public AuditEvent {
        if (!ACTION.matcher(action).matches() || action.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "An audit action is a dotted key such as organisation.user.created, not '" + action + "'");
        }
        if (!NAME.matcher(targetType).matches() || targetType.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("An audit target type is a short name, not '" + targetType + "'");
        }
        targetId = targetId == null ? null : AuditText.clean(targetId, MAX_VALUE_LENGTH);
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("An audit entry keeps at most " + MAX_DETAILS + " details");
        }
        SortedMap<String, String> sorted = new TreeMap<>();
        details.forEach((key, value) -> {
            if (!NAME.matcher(key).matches() || key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("An audit detail key is a short name, not '" + key + "'");
            }
            sorted.put(key, AuditText.clean(value, MAX_VALUE_LENGTH));
        });
        details = Collections.unmodifiableSortedMap(sorted);
    }

    /** A successful action on a record, without details. */
    public static AuditEvent of(String action, String targetType, @Nullable Object targetId) {
        return new AuditEvent(action, targetType, text(targetId), Map.of(), AuditOutcome.SUCCESS);
    }

    /** A successful action on a record, with details. */
    public static AuditEvent of(
            String action, String targetType, @Nullable Object targetId, Map<String, String> details) {
        return new AuditEvent(action, targetType, text(targetId), details, AuditOutcome.SUCCESS);
    }

    /** An attempted action that was refused. */
    public static AuditEvent failure(
            String action, String targetType, @Nullable Object targetId, Map<String, String> details) {
        return new AuditEvent(action, targetType, text(targetId), details, AuditOutcome.FAILURE);
    }

    /** The same event with one more detail (a {@code null} value is left out). */
    public AuditEvent withDetail(String key, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value.toString());
        return new AuditEvent(action, targetType, targetId, more, outcome);
    }

    /** The same event, as a refused attempt. */
    public AuditEvent asFailure() {
        return new AuditEvent(action, targetType, targetId, details, AuditOutcome.FAILURE);
    }

    private static @Nullable String text(@Nullable Object id) {
        return id == null ? null : id.toString();
    }
}
