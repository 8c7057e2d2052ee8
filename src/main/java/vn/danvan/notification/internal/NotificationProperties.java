package vn.danvan.notification.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code danvan.notification.base-url}: the address people open the application at, for the links in e-mails
 * (default {@code http://localhost:8080}).
 */
@ConfigurationProperties("danvan.notification")
record NotificationProperties(@Nullable String baseUrl) {

    String links() {
        String url = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
