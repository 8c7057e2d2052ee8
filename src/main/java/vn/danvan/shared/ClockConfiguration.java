package vn.danvan.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock, in Vietnam's time zone (UTC+7, no daylight saving), so that "today" is the
 * Vietnamese date wherever the server runs. Inject it; never call {@code LocalDate.now()} bare. Tests replace it
 * with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Vietnam's time zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
