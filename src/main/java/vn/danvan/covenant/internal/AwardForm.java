package vn.danvan.covenant.internal;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The commendation proposed for a party (Cờ thi đua, Bằng khen, Giấy khen…); an empty award withdraws it. */
record AwardForm(
        @Size(max = 200, message = "{cv.validation.awardLength}") @Nullable
        String award,

        @Size(max = 2000, message = "{cv.validation.noteLength}") @Nullable
        String note) {}
