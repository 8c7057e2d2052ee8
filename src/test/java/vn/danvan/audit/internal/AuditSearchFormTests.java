package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import vn.danvan.audit.AuditOutcome;

class AuditSearchFormTests {

    private static AuditSearchForm form(String from, String to, String outcome) {
        return new AuditSearchForm(" admin ", "organisation.", "", null, from, to, outcome);
    }

    private static Errors errors(AuditSearchForm form) {
        return new BeanPropertyBindingResult(form, "filter");
    }

    @Test
    void readsDatesAsDayMonthYearAndDropsEmptyFilters() {
        AuditSearchForm form = form("01/11/2026", "30/11/2026", "failure");
        Errors errors = errors(form);

        AuditSearch search = form.toSearch(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(search)
                .isEqualTo(new AuditSearch(
                        "admin",
                        "organisation.",
                        null,
                        null,
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 30),
                        AuditOutcome.FAILURE));
    }

    @Test
    void reportsADateThatDoesNotExistAndLeavesItOut() {
        AuditSearchForm form = form("31/02/2026", "2026-11-30", null);
        Errors errors = errors(form);

        AuditSearch search = form.toSearch(errors);

        assertThat(errors.getFieldError("from").getCode()).isEqualTo("audit.filter.date.invalid");
        assertThat(errors.getFieldError("to").getCode()).isEqualTo("audit.filter.date.invalid");
        assertThat(search.from()).isNull();
        assertThat(search.to()).isNull();
    }

    @Test
    void reportsAnEndBeforeTheStart() {
        AuditSearchForm form = form("30/11/2026", "01/11/2026", null);
        Errors errors = errors(form);

        AuditSearch search = form.toSearch(errors);

        assertThat(errors.getFieldError("to").getCode()).isEqualTo("audit.filter.to.beforeFrom");
        assertThat(search.from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(search.to()).isNull();
    }

    @Test
    void reportsAnUnknownOutcome() {
        AuditSearchForm form = form(null, null, "MAYBE");
        Errors errors = errors(form);

        assertThat(form.toSearch(errors).outcome()).isNull();
        assertThat(errors.getFieldError("outcome")).isNotNull();
    }

    @Test
    void anEmptyFormSearchesEverything() {
        AuditSearchForm form = AuditSearchForm.empty();

        assertThat(form.toSearch(errors(form))).isEqualTo(AuditSearch.everything());
    }
}
