package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the sender keeps: the tracking code and the secret (shown once; only its hash is stored), and when the
 * first step is due.
 */
public record Receipt(
        UUID caseId,
        String trackingCode,
        String secret,
        @Nullable LocalDate dueOn) {

    @Override
    public String toString() {
        return "Receipt[" + caseId + ", " + trackingCode + "]";
    }
}
