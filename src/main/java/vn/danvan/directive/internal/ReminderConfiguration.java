package vn.danvan.directive.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily deadline reminders, at 06:30 Vietnam time on one node of a cluster (before the 07:00 digest). */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    static final String TASK = "directive-deadline-reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderConfiguration.class);

    @Bean
    RecurringTask<Void> directiveDeadlineReminders(DeadlineReminders reminders) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(6, 30)))
                .execute((instance, context) -> log.info("Deadline reminders: {} notice(s)", reminders.run()));
    }
}
