package vn.danvan.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organisation.Accounts;

/**
 * The daily digest job: every day at 07:00 Vietnam time, on exactly one node of a cluster (db-scheduler keeps the
 * schedule in the {@code scheduled_tasks} table). Mail goes to the server named by {@code spring.mail.host}, or,
 * when none is set (the embedded default), into the outbox folder.
 */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    static final String TASK = "notification-daily-digest";

    private static final Logger log = LoggerFactory.getLogger(DigestConfiguration.class);

    @Bean
    MailDelivery notificationMailDelivery(
            @Value("${spring.mail.host:}") String host,
            ObjectProvider<JavaMailSender> sender,
            OutboxProperties outbox) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (!host.isBlank() && smtp != null) {
            return new SmtpDelivery(smtp);
        }
        log.info(
                "No mail server configured: e-mails are written to {}",
                outbox.directory().toAbsolutePath());
        return new OutboxDelivery(outbox.directory());
    }

    @Bean
    DailyDigest dailyDigest(
            NotificationRepository notices,
            Accounts accounts,
            NoticeText text,
            MailDelivery notificationMailDelivery,
            PlatformTransactionManager transactions,
            Clock clock,
            NotificationProperties properties,
            OutboxProperties outbox) {
        return new DailyDigest(
                notices,
                accounts,
                text,
                notificationMailDelivery,
                new TransactionTemplate(transactions),
                clock,
                properties.links(),
                outbox.sender());
    }

    @Bean
    RecurringTask<Void> dailyDigestTask(DailyDigest digest) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(7, 0)))
                .execute((instance, context) -> {
                    int sent = digest.run();
                    log.info("Daily digest: {} e-mail(s) handed over", sent);
                });
    }
}
