package vn.danvan.petition.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code danvan.petition.open311.province}: the province whose communes requests may concern (default "33");
 * {@code danvan.petition.open311.contact}: the contact shown in the discovery document.
 */
@ConfigurationProperties("danvan.petition.open311")
record Open311Properties(
        @Nullable String province, @Nullable String contact) {

    String provinceCode() {
        return province == null || province.isBlank() ? "33" : province;
    }

    String contactText() {
        return contact == null || contact.isBlank() ? "Ban Tiếp công dân tỉnh Hưng Yên" : contact;
    }
}
