package vn.danvan.organisation.internal.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode loads a demo province (Hưng Yên) with one account per role and lists them on the sign-in page. It is on
 * by default with the embedded database and off with an external one ({@code DANVAN_DEMO} overrides both).
 */
@ConfigurationProperties("danvan.demo")
public record DemoProperties(
        @Nullable Boolean enabled, @Nullable String password) {}
