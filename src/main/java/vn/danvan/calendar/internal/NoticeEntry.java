package vn.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of a year's official notice: a day off (of a holiday, which it replaces in the computed calendar) or a
 * weekend day worked in exchange. {@code source} names the document, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025".
 */
record NoticeEntry(
        UUID id, LocalDate day, EntryKind kind, @Nullable Holiday holiday, String name, String source) {}
