package vn.danvan.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.danvan.audit.AuditOutcome;

/**
 * The filters of the audit trail as typed in the page's form or given to the API. Dates are dd/MM/yyyy; a filter
 * left empty does not filter.
 */
record AuditSearchForm(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String from,
        @Nullable String to,
        @Nullable String outcome) {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static AuditSearchForm empty() {
        return new AuditSearchForm(null, null, null, null, null, null, null);
    }

    /**
     * The search these filters ask for. An unreadable filter is reported in {@code errors} (with a message key of
     * this module) and left out of the search.
     */
    AuditSearch toSearch(Errors errors) {
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
            toDate = null;
        }
        AuditOutcome outcomeValue = null;
        String o = blankToNull(outcome);
        if (o != null) {
            try {
                outcomeValue = AuditOutcome.valueOf(o.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("outcome", "audit.filter.outcome.invalid");
            }
        }
        return new AuditSearch(
                blankToNull(actor),
                blankToNull(action),
                blankToNull(targetType),
                blankToNull(targetId),
                fromDate,
                toDate,
                outcomeValue);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, Errors errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, DATE);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.filter.date.invalid");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
