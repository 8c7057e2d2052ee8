package vn.danvan.petition.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily petition reminders at 06:15 Vietnam time, run by db-scheduler on one node of a cluster (before the 07:00
 * e-mail digest); {@code pt_reminder_digest} keeps it to one digest per person per day in any case.
 */
@Configuration(value = "petitionReminderConfiguration", proxyBeanMethods = false)
class ReminderConfiguration {

    static final String TASK = "petition-deadline-reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderConfiguration.class);

    @Bean
    RecurringTask<Void> petitionDeadlineReminders(ReminderDigests digests) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(6, 15)))
                .execute((instance, context) -> log.info("Petition reminders: {} digest(s)", digests.run()));
    }
}
