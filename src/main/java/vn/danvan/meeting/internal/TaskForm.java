package vn.danvan.meeting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Turn one or more accepted proposals into one task of a plan: the plan, the task's title, lead unit and dates. */
record TaskForm(
        @NotEmpty(message = "{meeting.validation.proposals}") @Nullable
        List<UUID> proposalIds,

        @NotNull(message = "{meeting.validation.plan}") @Nullable
        UUID planId,

        @NotBlank(message = "{meeting.validation.taskTitle}")
        @Size(max = 500, message = "{meeting.validation.titleLength}")
        @Nullable
        String title,

        @NotNull(message = "{meeting.validation.leadOrg}") @Nullable
        UUID leadOrgId,

        @NotNull(message = "{meeting.validation.start}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate start,

        @NotNull(message = "{meeting.validation.deadline}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate deadline) {}
