package vn.danvan.organisation.internal.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first system administrator of a fresh database without demo data ({@code DANVAN_ADMIN_USERNAME},
 * {@code DANVAN_ADMIN_PASSWORD}, {@code DANVAN_ADMIN_PROVINCE}: the statistics code of the province whose board
 * runs the installation). Used once, when no account exists; the password must be changed at first sign-in.
 */
@ConfigurationProperties("danvan.admin")
public record FirstAdministratorProperties(
        @Nullable String username,
        @Nullable String password,
        @Nullable String province) {

    boolean isComplete() {
        return username != null
                && !username.isBlank()
                && password != null
                && !password.isBlank()
                && province != null
                && !province.isBlank();
    }
}
