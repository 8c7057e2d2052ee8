package vn.danvan.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An end-to-end test through a real headless Chromium against the whole application on a random port, in demo mode
 * so that the demo accounts exist. Skipped with a visible notice when Chromium or chromedriver is missing, unless
 * {@code DANVAN_E2E=required}; see {@link BrowserAvailability}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("e2e")
@ExtendWith(BrowserAvailability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "danvan.demo.enabled=true")
@interface BrowserTest {}
