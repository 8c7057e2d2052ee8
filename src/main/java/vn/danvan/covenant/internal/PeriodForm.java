package vn.danvan.covenant.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A scoring period: "Sơ kết 6 tháng" ending 30/6, "Tổng kết năm" ending 31/12. */
record PeriodForm(
        @NotBlank(message = "{cv.validation.periodName}")
        @Size(max = 200, message = "{cv.validation.periodNameLength}")
        @Nullable
        String name,

        @NotNull(message = "{cv.validation.periodEndsOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate endsOn) {

    static PeriodForm empty() {
        return new PeriodForm(null, (LocalDate) null);
    }
}
