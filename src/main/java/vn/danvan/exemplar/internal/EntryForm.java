package vn.danvan.exemplar.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Registration of a model or an exemplar; objectives come as parallel lists (text, measure, target). */
record EntryForm(
        @NotBlank(message = "{ex.validation.kind}") @Nullable
        String kind,

        @NotNull(message = "{ex.validation.year}")
        @Min(value = 2000, message = "{ex.validation.year}")
        @Max(value = 2100, message = "{ex.validation.year}")
        @Nullable
        Integer year,

        @NotBlank(message = "{ex.validation.name}") @Size(max = 300, message = "{ex.validation.nameLength}") @Nullable
        String name,

        @NotBlank(message = "{ex.validation.field}") @Nullable
        String field,

        @Nullable List<String> tags,

        @Size(max = 200, message = "{ex.validation.freeTags}") @Nullable
        String freeTags,

        @NotBlank(message = "{ex.validation.level}") @Nullable
        String level,

        @NotNull(message = "{ex.validation.owner}") @Nullable
        UUID ownerOrgId,

        @NotBlank(message = "{ex.validation.place}") @Nullable
        String placeUnitId,

        @DecimalMin(value = "-90", message = "{ex.validation.latitude}")
        @DecimalMax(value = "90", message = "{ex.validation.latitude}")
        @Nullable
        BigDecimal latitude,

        @DecimalMin(value = "-180", message = "{ex.validation.longitude}")
        @DecimalMax(value = "180", message = "{ex.validation.longitude}")
        @Nullable
        BigDecimal longitude,

        @Size(max = 1000, message = "{ex.validation.participants}") @Nullable
        String participants,

        @NotBlank(message = "{ex.validation.summary}")
        @Size(max = 8000, message = "{ex.validation.summaryLength}")
        @Nullable
        String summary,

        @NotNull(message = "{ex.validation.startedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startedOn,

        @Nullable List<String> objectiveText,
        @Nullable List<String> objectiveMeasure,
        @Nullable List<String> objectiveTarget,
        @Nullable UUID replicatedFrom) {

    static EntryForm empty(int year, LocalDate today) {
        return new EntryForm(
                "MODEL",
                year,
                null,
                null,
                List.of(),
                null,
                "COMMUNE",
                null,
                null,
                null,
                null,
                null,
                null,
                today,
                List.of("", "", ""),
                List.of("", "", ""),
                List.of("", "", ""),
                null);
    }

    /** A row of the objectives table as typed. */
    record ObjectiveRow(String text, String measure, String target) {}

    List<ObjectiveRow> objectiveRows() {
        List<ObjectiveRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new ObjectiveRow(at(objectiveText, i), at(objectiveMeasure, i), at(objectiveTarget, i)));
        }
        return rows;
    }

    /** The i-th objective row's value, blank when absent (for the template). */
    static String at(@Nullable List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
