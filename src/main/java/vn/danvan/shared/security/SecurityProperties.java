package vn.danvan.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection: failed attempts before an account is locked, how long it stays locked, and how many sign-in
 * attempts one client address may make per minute.
 */
@ConfigurationProperties("danvan.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30") int signInAttemptsPerMinute) {}
