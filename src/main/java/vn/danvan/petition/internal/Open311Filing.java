package vn.danvan.petition.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Files an Open311 request as a reflection (channel OPEN311) through the petition intake. */
interface Open311Filing {

    /** A validated request; the personal fields are passed on to be kept encrypted, never shown back. */
    record Request(
            UUID clientId,
            Open311Queries.Service service,
            Open311Queries.Commune commune,
            String description,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String address,
            @Nullable String mediaUrl,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String deviceId) {}

    /** The new case's tracking code and a notice for the citizen. */
    record Filed(String trackingCode, @Nullable String notice) {}

    Filed file(Request request);
}
