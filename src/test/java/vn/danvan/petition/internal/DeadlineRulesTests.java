package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.danvan.calendar.DayKind;
import vn.danvan.petition.PetitionKind;

/**
 * The time-limit rules of DOMAIN §4.2 as stored, applied by the working-day calendar: per kind and step, the
 * complex and remote variants, calendar days ending on a working day (Civil Code Art. 148) and working days across
 * Tết 2026, and the summary each step records.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class DeadlineRulesTests {

    @Autowired
    DeadlineRules rules;

    @Test
    void aFirstComplaintIsAcceptedWithinTenCalendarDaysEndingOnAWorkingDay() {
        // 2026-03-05 (Thursday) + 10 days = Sunday 15 March → Monday 16 March.
        var due = rules.due(PetitionKind.COMPLAINT, CaseStep.RECEIVED, LocalDate.of(2026, 3, 5), false, false)
                .orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(due.summary())
                .isEqualTo("10 ngày — Luật Khiếu nại 2011, Điều 27 (thụ lý trong 10 ngày kể từ" + " ngày nhận đơn)");
    }

    @Test
    void aComplaintIsResolvedWithinThirtyDaysFortyFiveIfComplexOrRemoteSixtyIfBoth() {
        LocalDate start = LocalDate.of(2026, 4, 1); // Wednesday
        assertThat(rules.due(PetitionKind.COMPLAINT, CaseStep.ACCEPTED, start, false, false)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4)); // 1 May (Friday) is Labour Day → … 1 May + weekend → 4 May
        var complexRemote = rules.due(PetitionKind.COMPLAINT, CaseStep.ACCEPTED, start, true, true)
                .orElseThrow();
        assertThat(complexRemote.dueOn()).isEqualTo(LocalDate.of(2026, 6, 1)); // 31 May is a Sunday
        assertThat(complexRemote.summary()).startsWith("60 ngày — Luật Khiếu nại 2011, Điều 28");
        assertThat(rules.due(PetitionKind.COMPLAINT, CaseStep.ACCEPTED, start, true, false)
                        .orElseThrow()
                        .rule()
                        .amountFor(true, false))
                .isEqualTo(45);
        assertThat(rules.due(PetitionKind.COMPLAINT_SECOND, CaseStep.ACCEPTED, start, false, true)
                        .orElseThrow()
                        .rule()
                        .amountFor(false, true))
                .isEqualTo(60);
    }

    @Test
    void aDenunciationIsHandledWithinSevenWorkingDaysAcrossTet2026() {
        // Received Thursday 12 February 2026, before the Tết break (Saturday 14 – Sunday 22 February 2026):
        // working days 13 Feb, 23, 24, 25, 26, 27 Feb, 2 March.
        var due = rules.due(PetitionKind.DENUNCIATION, CaseStep.RECEIVED, LocalDate.of(2026, 2, 12), false, false)
                .orElseThrow();
        assertThat(due.rule().dayKind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(due.summary())
                .startsWith("7 ngày làm việc — Luật Tố cáo 2018, Điều 24")
                .endsWith("(chưa xác minh)");
        // Verification in several places: 10 working days.
        assertThat(rules.due(PetitionKind.DENUNCIATION, CaseStep.RECEIVED, LocalDate.of(2026, 2, 12), true, false)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void aDenunciationMayBeExtendedTwiceByThirtyDaysAndATransferTakesFiveWorkingDays() {
        var resolve = rules.due(PetitionKind.DENUNCIATION, CaseStep.ACCEPTED, LocalDate.of(2026, 6, 1), false, false)
                .orElseThrow();
        assertThat(resolve.dueOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(resolve.rule().maxExtensions()).isEqualTo(2);
        assertThat(rules.extend(resolve.rule(), resolve.dueOn())).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(rules.due(PetitionKind.DENUNCIATION, CaseStep.TRANSFERRED, LocalDate.of(2026, 6, 1), false, false)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void aReflectionIsHandledWithinTenWorkingDaysAndAnsweredWithinFifteen() {
        assertThat(rules.due(PetitionKind.REFLECTION, CaseStep.RECEIVED, LocalDate.of(2026, 6, 1), false, false)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(rules.due(PetitionKind.REFLECTION, CaseStep.ACCEPTED, LocalDate.of(2026, 6, 1), false, false)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void aStepWithoutARuleHasNoDueDateAndRulesApplyFromTheirEffectiveDate() {
        assertThat(rules.due(PetitionKind.COMPLAINT, CaseStep.VERIFYING, LocalDate.of(2026, 6, 1), false, false))
                .isEmpty();
        assertThat(rules.inForce(PetitionKind.DENUNCIATION, CaseStep.RECEIVED, LocalDate.of(2018, 12, 31)))
                .isEmpty();
    }
}
