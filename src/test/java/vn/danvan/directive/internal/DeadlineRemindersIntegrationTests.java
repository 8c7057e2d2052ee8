package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.notification.Notifications;

/**
 * The reminder job, on a fixed day, reminds the commune officer of a ward task due in two days, once per day
 * however often it runs, and not the officers of other areas.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
class DeadlineRemindersIntegrationTests {

    static final LocalDate DEADLINE = LocalDate.of(2098, 6, 15);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Test
    void remindsTheWardsOfficerOnceADayBeforeTheDeadline() {
        UUID task = wardTask();
        Clock twoDaysBefore = Clock.fixed(
                DEADLINE.minusDays(2)
                        .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        DeadlineReminders reminders =
                new DeadlineReminders(jdbc, notifications, new DirectiveProperties(3, 30), twoDaysBefore);

        reminders.run();
        reminders.run();

        assertThat(notices(task, "canbo.phohien")).isOne();
        assertThat(notices(task, "lanhdao.tinh")).isZero();
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE dedup_key LIKE :k")
                        .param("k", "directive:task:" + task + ":%")
                        .query(String.class)
                        .list())
                .containsOnly("directive.notice.dueSoon");
    }

    /** A task led by Phường Phố Hiến's Party committee, written straight into the module's own tables. */
    private UUID wardTask() {
        UUID document = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        UUID lead = jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '11953' AND kind = 'PARTY_COMMITTEE'")
                .query(UUID.class)
                .single();
        jdbc.sql("INSERT INTO directive_document (id, kind, family, number, issued_on, issuing_org_unit_id, title,"
                        + " state, path, province_code, search_text, created_at, updated_at)"
                        + " VALUES (:id, 'CHI_THI', 'PARTY', :n, DATE '2026-01-01', :org, 't', 'IN_FORCE', '33', '33',"
                        + " 't', now(), now())")
                .param("id", document)
                .param("n", "r" + task)
                .param("org", lead)
                .update();
        jdbc.sql("INSERT INTO directive_plan (id, document_id, title, owner_org_unit_id, path, province_code,"
                        + " created_at) VALUES (:id, :d, 'p', :org, '33', '33', now())")
                .param("id", plan)
                .param("d", document)
                .param("org", lead)
                .update();
        jdbc.sql("INSERT INTO directive_task (id, plan_id, document_id, title, content, lead_org_unit_id, start_on,"
                        + " deadline, path, province_code, search_text, created_at, updated_at)"
                        + " VALUES (:id, :p, :d, 'Nhắc hạn', 'c', :org, DATE '2026-01-01', :deadline, '33/11953', '33',"
                        + " 'nhac han', now(), now())")
                .param("id", task)
                .param("p", plan)
                .param("d", document)
                .param("org", lead)
                .param("deadline", DEADLINE)
                .update();
        return task;
    }

    private long notices(UUID task, String username) {
        return jdbc.sql("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_user_id"
                        + " WHERE u.username = :u AND n.dedup_key LIKE :k")
                .param("u", username)
                .param("k", "directive:task:" + task + ":%")
                .query(Long.class)
                .single();
    }
}
