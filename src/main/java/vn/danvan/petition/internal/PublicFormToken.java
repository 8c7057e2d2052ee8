package vn.danvan.petition.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token of the public form: the time it was rendered, signed with a key of this server process. A submission is
 * refused when the token is forged, older than a day, or came back sooner than a person can fill the form
 * ({@code danvan.petition.public.min-fill-seconds}, 3 by default) — scripts post at once.
 */
@Component
class PublicFormToken {

    static final Duration MAX_AGE = Duration.ofDays(1);

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration minFill;

    PublicFormToken(Clock clock, @Value("${danvan.petition.public.min-fill-seconds:3}") long minFillSeconds) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.clock = clock;
        this.minFill = Duration.ofSeconds(minFillSeconds);
    }

    String issue() {
        return issue(clock.instant());
    }

    String issue(Instant renderedAt) {
        String time = Long.toString(renderedAt.toEpochMilli());
        return time + "." + sign(time);
    }

    /** Whether the token is genuine and the form was on screen long enough (and not too long). */
    boolean acceptable(String token) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String time = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(time).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant rendered;
        try {
            rendered = Instant.ofEpochMilli(Long.parseLong(time));
        } catch (NumberFormatException e) {
            return false;
        }
        Duration shown = Duration.between(rendered, clock.instant());
        return shown.compareTo(minFill) >= 0 && shown.compareTo(MAX_AGE) <= 0;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
