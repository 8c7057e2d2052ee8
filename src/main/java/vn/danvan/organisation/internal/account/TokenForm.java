package vn.danvan.organisation.internal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new personal access token: a name to recognise it and an optional expiry date. */
public record TokenForm(
        @NotBlank(message = "{organisation.validation.tokenName}")
        @Size(max = 100, message = "{organisation.validation.tokenName}")
        @Nullable
        String name,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate expires) {}
