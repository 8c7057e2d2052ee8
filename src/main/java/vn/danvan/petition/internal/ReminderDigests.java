package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.organisation.Role;
import vn.danvan.petition.PetitionPermissions;

/**
 * Nhắc hạn xử lý đơn: every day, the cases whose current step is due within N working days, and the overdue ones, go
 * to the people who handle them (HANDLE, scope covering the handling organisation's path) and their supervisors
 * (MANAGE, same rule), as ONE digest per person per day. A digest names a case only by its tracking code, subject
 * and due date — never the sender. The table {@code pt_reminder_digest} (person, day) makes a second run on the
 * same day, on this node or another, send nothing.
 */
@Component
class ReminderDigests {

    static final String CATEGORY = "petition";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An open case near or past its step's due date, as a digest names it. */
    record DueCase(String trackingCode, String subject, LocalDate dueOn) {

        boolean overdue(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    /** One person's digest of the day. */
    record Digest(UUID userId, List<DueCase> cases) {

        long overdue(LocalDate today) {
            return cases.stream().filter(c -> c.overdue(today)).count();
        }
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final WorkingCalendar calendar;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderDigests(
            JdbcClient jdbc,
            Notifications notifications,
            WorkingCalendar calendar,
            ReminderProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** The roles whose holders are reminded: those that may handle cases or supervise them. */
    static List<String> remindedRoles() {
        return Arrays.stream(Role.values())
                .filter(r -> r.permissions().contains(PetitionPermissions.HANDLE)
                        || r.permissions().contains(PetitionPermissions.MANAGE))
                .map(Role::name)
                .toList();
    }

    static List<String> everywhereRoles() {
        return Arrays.stream(Role.values())
                .filter(Role::everywhere)
                .map(Role::name)
                .toList();
    }

    /** The last due date that counts as "due soon" today. */
    LocalDate dueLimit(LocalDate today) {
        return calendar.addDays(today, properties.lead(), DayKind.WORKING_DAY, false);
    }

    /** Today's digests, per person, cases by due date; nothing is sent. */
    List<Digest> digests(LocalDate today) {
        List<String> roles = remindedRoles();
        List<String> everywhere = everywhereRoles();
        Map<UUID, List<DueCase>> byUser = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT u.id AS user_id, c.tracking_code, c.subject, c.step_due_on, c.id"
                        + " FROM pt_case c"
                        + " JOIN role_grant g ON g.role IN (:roles) AND (g.role IN (:everywhere)"
                        + "   OR COALESCE(c.handling_path, c.path) = g.scope_path"
                        + "   OR COALESCE(c.handling_path, c.path) LIKE g.scope_path || '/%')"
                        + " JOIN user_account u ON u.id = g.user_id AND u.enabled"
                        + " WHERE c.status NOT IN ('CLOSED', 'FILED', 'TRANSFERRED', 'GUIDED')"
                        + " AND c.merged_into IS NULL AND c.step_due_on <= :limit"
                        + " ORDER BY u.id, c.step_due_on, c.id")
                .param("roles", roles)
                .param("everywhere", everywhere.isEmpty() ? List.of("-") : everywhere)
                .param("limit", dueLimit(today))
                .query(rs -> {
                    byUser.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
                            .add(new DueCase(
                                    rs.getString("tracking_code"),
                                    rs.getString("subject"),
                                    rs.getObject("step_due_on", LocalDate.class)));
                });
        return byUser.entrySet().stream()
                .map(e -> new Digest(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** Sends today's digests not yet sent; returns how many were sent now. */
    @Transactional
    int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Digest d : digests(today)) {
            long overdue = d.overdue(today);
            int claimed = jdbc.sql("INSERT INTO pt_reminder_digest (user_id, sent_on, due_soon, overdue, sent_at)"
                            + " VALUES (:u, :d, :soon, :late, :at) ON CONFLICT DO NOTHING")
                    .param("u", d.userId())
                    .param("d", today)
                    .param("soon", d.cases().size() - (int) overdue)
                    .param("late", (int) overdue)
                    .param("at", OffsetDateTime.now(clock))
                    .update();
            if (claimed == 0) {
                continue;
            }
            int listed = properties.listed();
            String lines = d.cases().stream()
                    .limit(listed)
                    .map(c -> c.trackingCode() + " – " + shorten(c.subject()) + " ("
                            + c.dueOn().format(DAY) + ")")
                    .collect(Collectors.joining("; "));
            notifications.send(new Notice(
                    d.userId(),
                    CATEGORY,
                    "pv.reminder.digest",
                    List.of(
                            Long.toString(d.cases().size() - overdue),
                            Long.toString(overdue),
                            d.cases().size() > listed ? lines + "; …" : lines),
                    "/petitions/dashboard",
                    "petition:digest:" + d.userId() + ":" + today));
            sent++;
        }
        return sent;
    }

    private static String shorten(String subject) {
        return subject.length() <= 80 ? subject : subject.substring(0, 79) + "…";
    }
}
