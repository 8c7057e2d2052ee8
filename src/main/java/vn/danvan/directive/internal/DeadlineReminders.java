package vn.danvan.directive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;

/**
 * Nhắc hạn: reminds the people of a task's lead unit when the deadline is near (within the configured lead time)
 * and, daily for a while, when it has passed. A notice per task, kind and day (dedup key), so running twice on
 * one day sends nothing more. Runs as the system, over every province.
 */
@Component
class DeadlineReminders {

    static final String CATEGORY = "directive";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An unfinished task as the reminder job needs it. */
    record OpenTask(UUID id, String title, UUID leadOrgUnitId, LocalDate deadline) {}

    /** Which reminder a task gets today. */
    enum Kind {
        DUE_SOON,
        OVERDUE
    }

    /** A reminder to send. */
    record Reminder(OpenTask task, Kind kind) {

        String dedupKey(LocalDate today) {
            return "directive:task:" + task.id() + ":" + kind + ":" + today;
        }
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final DirectiveProperties properties;
    private final Clock clock;

    DeadlineReminders(JdbcClient jdbc, Notifications notifications, DirectiveProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The reminders of the day: due within {@code leadDays} (today included) or overdue by at most
     * {@code overdueDays}.
     */
    static List<Reminder> select(List<OpenTask> open, LocalDate today, int leadDays, int overdueDays) {
        List<Reminder> reminders = new ArrayList<>();
        for (OpenTask t : open) {
            if (t.deadline().isBefore(today)) {
                if (!t.deadline().isBefore(today.minusDays(overdueDays))) {
                    reminders.add(new Reminder(t, Kind.OVERDUE));
                }
            } else if (!t.deadline().isAfter(today.plusDays(leadDays))) {
                reminders.add(new Reminder(t, Kind.DUE_SOON));
            }
        }
        return reminders;
    }

    /** Sends today's reminders; returns how many notices were handed to the notification module. */
    @Transactional
    int run() {
        LocalDate today = LocalDate.now(clock);
        int lead = properties.leadDays();
        int overdue = properties.overdueDays();
        List<OpenTask> open = jdbc.sql("SELECT id, title, lead_org_unit_id, deadline FROM directive_task"
                        + " WHERE completed_on IS NULL AND deadline BETWEEN :from AND :until ORDER BY deadline, id")
                .param("from", today.minusDays(overdue))
                .param("until", today.plusDays(lead))
                .query((rs, i) -> new OpenTask(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("lead_org_unit_id", UUID.class),
                        rs.getObject("deadline", LocalDate.class)))
                .list();
        int sent = 0;
        for (Reminder r : select(open, today, lead, overdue)) {
            for (UUID user : notifications.usersOf(List.of(r.task().leadOrgUnitId()))) {
                notifications.send(new Notice(
                        user,
                        CATEGORY,
                        r.kind() == Kind.OVERDUE ? "directive.notice.overdue" : "directive.notice.dueSoon",
                        List.of(r.task().title(), r.task().deadline().format(DAY)),
                        "/tasks/" + r.task().id(),
                        r.dedupKey(today)));
                sent++;
            }
        }
        return sent;
    }
}
