package vn.danvan.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.CalendarPermissions;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The administrator's side of the calendar: each year's official notice (days off, swapped working days, whether
 * the notice is entered in full) and the switch of 24 November. Every change is audited and empties the cache.
 */
@Service
class NoticeService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NoticeRepository notices;
    private final CalendarService calendar;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeService(NoticeRepository notices, CalendarService calendar, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<NoticeEntry> entries(int year) {
        return notices.notice(year).entries();
    }

    @Transactional(readOnly = true)
    Optional<YearNotice> year(int year) {
        return notices.yearRow(year);
    }

    @Transactional(readOnly = true)
    Optional<LocalDate> cultureDayFrom() {
        return notices.cultureDayFrom();
    }

    @Transactional
    NoticeEntry add(NoticeEntryForm form) {
        CurrentUser user = SignedIn.require(CalendarPermissions.MANAGE);
        int year = Objects.requireNonNull(form.year());
        LocalDate day = Objects.requireNonNull(form.day());
        EntryKind kind = Objects.requireNonNull(form.kind());
        if (day.getYear() != year) {
            throw CalendarRuleViolation.outsideYear(year);
        }
        Holiday holiday = kind == EntryKind.WORKING_DAY ? null : form.holiday();
        if (kind != EntryKind.WORKING_DAY && holiday == null) {
            throw CalendarRuleViolation.holidayRequired();
        }
        if (notices.entryOn(day)) {
            throw CalendarRuleViolation.duplicate(DAY.format(day));
        }
        boolean weekend = YearCalendar.weekend(day);
        if (kind == EntryKind.WORKING_DAY && !weekend) {
            throw CalendarRuleViolation.workingDayNotWeekend();
        }
        if (kind != EntryKind.WORKING_DAY) {
            if (weekend) {
                throw CalendarRuleViolation.dayOffOnWeekend();
            }
            DayInfo now = calendar.year(year).day(day);
            boolean off = now.status() == DayStatus.HOLIDAY || now.status() == DayStatus.COMPENSATORY;
            if (off && (now.fromNotice() || now.holiday() != holiday)) {
                throw CalendarRuleViolation.alreadyHoliday();
            }
        }
        String source = Objects.requireNonNull(form.source()).strip();
        NoticeEntry entry = new NoticeEntry(
                Ids.newId(),
                day,
                kind,
                holiday,
                Objects.requireNonNull(form.name()).strip(),
                source);
        notices.ensureYear(year, source, clock.instant());
        try {
            notices.insert(year, entry, user.getUsername(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw CalendarRuleViolation.duplicate(DAY.format(day));
        }
        audit.record(AuditEvent.of("calendar.noticeEntry.added", "calendarNoticeEntry", entry.id())
                .withDetail("day", day.toString())
                .withDetail("kind", kind.name())
                .withDetail("holiday", holiday == null ? "" : holiday.name())
                .withDetail("source", source));
        evict();
        return entry;
    }

    /** Removes a notice entry; answers the year it belonged to. */
    @Transactional
    int remove(UUID id) {
        SignedIn.require(CalendarPermissions.MANAGE);
        NoticeEntry entry = notices.entry(id).orElseThrow(() -> new RecordNotFound("calendar notice entry", id));
        notices.delete(id);
        audit.record(AuditEvent.of("calendar.noticeEntry.removed", "calendarNoticeEntry", id)
                .withDetail("day", entry.day().toString())
                .withDetail("kind", entry.kind().name())
                .withDetail("source", entry.source()));
        evict();
        return entry.day().getYear();
    }

    @Transactional
    void saveYear(int year, NoticeYearForm form) {
        SignedIn.require(CalendarPermissions.MANAGE);
        String source = form.source() == null || form.source().isBlank()
                ? null
                : form.source().strip();
        notices.saveYear(year, form.isComplete(), source, clock.instant());
        audit.record(AuditEvent.of("calendar.noticeYear.updated", "calendarYear", year)
                .withDetail("complete", String.valueOf(form.isComplete()))
                .withDetail("source", source == null ? "" : source));
        evict();
    }

    @Transactional
    void saveCultureDay(@Nullable LocalDate from) {
        SignedIn.require(CalendarPermissions.MANAGE);
        notices.saveCultureDayFrom(from, clock.instant());
        audit.record(AuditEvent.of("calendar.cultureDay.updated", "calendarSetting", "cultureDay")
                .withDetail("from", from == null ? "" : from.toString()));
        evict();
    }

    /** Empties the cache now and again once the transaction ends, so no year is rebuilt from uncommitted data. */
    private void evict() {
        calendar.evictAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.evictAll();
                }
            });
        }
    }
}
