package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Escalating an obstacle to the province: the date by which the commune asks for an answer. */
record EscalationForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate answerBy) {}
