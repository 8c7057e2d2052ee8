package vn.danvan.landclearance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The outreach-visit form, made for a phone: the date (today by default), who went (a few rows, the first filled
 * with the signed-in user), whom they met, concerns, what was agreed, the outcome, the next step. The client key is
 * made when the form is shown and travels with it (and with its draft), so sending it twice records one visit.
 */
record VisitForm(
        @NotNull(message = "{lc.visit.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate visitedOn,

        @Valid @Nullable List<VisitorRow> visitors,

        @NotBlank(message = "{lc.visit.validation.metWhom}")
        @Size(max = 300, message = "{lc.visit.validation.metWhomLength}")
        @Nullable
        String metWhom,

        @Size(max = 4000, message = "{lc.visit.validation.textLength}") @Nullable
        String concerns,

        @Size(max = 4000, message = "{lc.visit.validation.textLength}") @Nullable
        String agreed,

        @NotNull(message = "{lc.visit.validation.outcome}") @Nullable
        VisitOutcome outcome,

        @Size(max = 500, message = "{lc.visit.validation.nextStepLength}") @Nullable
        String nextStep,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate nextStepOn,

        @NotNull(message = "{lc.visit.validation.clientKey}") @Nullable
        UUID clientKey) {

    /** Rows offered for who went. */
    static final int VISITOR_ROWS = 3;

    /** A person who went; blank when the name is blank. */
    record VisitorRow(
            @Size(max = 200, message = "{lc.household.validation.nameLength}") @Nullable
            String name,

            @Nullable VisitorKind kind,

            @Size(max = 300, message = "{lc.visit.validation.orgLength}") @Nullable
            String orgName) {

        boolean blank() {
            return name == null || name.isBlank();
        }
    }

    static VisitForm fresh(LocalDate today, VisitorRow me, UUID clientKey) {
        List<VisitorRow> rows = new ArrayList<>();
        rows.add(me);
        return new VisitForm(today, rows, null, null, null, null, null, null, clientKey).withSpareRows();
    }

    VisitForm withSpareRows() {
        List<VisitorRow> rows = new ArrayList<>(visitorRows());
        while (rows.size() < VISITOR_ROWS) {
            rows.add(new VisitorRow(null, null, null));
        }
        return new VisitForm(visitedOn, rows, metWhom, concerns, agreed, outcome, nextStep, nextStepOn, clientKey);
    }

    List<VisitorRow> visitorRows() {
        return visitors == null
                ? List.of()
                : visitors.stream().filter(r -> r != null && !r.blank()).toList();
    }

    Visit.Report report() {
        return new Visit.Report(
                visitedOn,
                visitorRows().stream()
                        .map(r -> new VisitVisitor(
                                r.name().strip(),
                                r.kind() == null ? VisitorKind.OTHER : r.kind(),
                                Household.blankToNull(r.orgName())))
                        .toList(),
                metWhom == null ? "" : metWhom,
                concerns,
                agreed,
                outcome,
                nextStep,
                nextStepOn);
    }
}
