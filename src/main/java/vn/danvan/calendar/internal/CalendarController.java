package vn.danvan.calendar.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.calendar.CalendarPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The working calendar of a year for everyone signed in; the administrator enters the year's official notice on
 * the same page.
 */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private final CalendarService calendar;
    private final NoticeService notices;
    private final MessageSource messages;
    private final Clock clock;

    CalendarController(CalendarService calendar, NoticeService notices, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        checkYear(y);
        return page(y, NoticeEntryForm.empty(y), model, locale);
    }

    @PostMapping("/notices")
    String add(
            @Valid @ModelAttribute("form") NoticeEntryForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        SignedIn.require(CalendarPermissions.MANAGE);
        int y = form.year() == null || form.year() < FIRST_YEAR || form.year() > LAST_YEAR
                ? LocalDate.now(clock).getYear()
                : form.year();
        if (errors.hasErrors()) {
            return page(y, form, model, locale);
        }
        try {
            notices.add(form);
        } catch (CalendarRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return page(y, form, model, locale);
        }
        Flash.success(redirect, "cal.notice.added");
        return "redirect:/calendar?year=" + y + "#notice";
    }

    @PostMapping("/notices/{entryId}/delete")
    String remove(@PathVariable UUID entryId, RedirectAttributes redirect) {
        SignedIn.require(CalendarPermissions.MANAGE);
        int y = notices.remove(entryId);
        Flash.success(redirect, "cal.notice.removed");
        return "redirect:/calendar?year=" + y + "#notice";
    }

    @PostMapping("/years/{year}")
    String saveYear(
            @PathVariable int year,
            @Valid @ModelAttribute("yearForm") NoticeYearForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(CalendarPermissions.MANAGE);
        checkYear(year);
        if (errors.hasErrors()) {
            String message = errors.getAllErrors().get(0).getDefaultMessage();
            Flash.warning(redirect, "cal.notice.yearInvalid", message == null ? "" : message);
        } else {
            notices.saveYear(year, form);
            Flash.success(redirect, "cal.notice.yearSaved");
        }
        return "redirect:/calendar?year=" + year + "#notice";
    }

    @PostMapping("/culture-day")
    String cultureDay(
            @ModelAttribute("cultureForm") CultureDayForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int year,
            RedirectAttributes redirect) {
        SignedIn.require(CalendarPermissions.MANAGE);
        int back = year < FIRST_YEAR || year > LAST_YEAR ? LocalDate.now(clock).getYear() : year;
        if (errors.hasErrors() || !(form.switchOn() || form.switchOff())) {
            Flash.warning(redirect, "cal.culture.invalid");
        } else {
            notices.saveCultureDay(form.switchOn() ? form.from() : null);
            Flash.success(redirect, form.switchOn() ? "cal.culture.switchedOn" : "cal.culture.switchedOff");
        }
        return "redirect:/calendar?year=" + back + "#culture";
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RecordNotFound("calendar year", year);
        }
    }

    private String page(int year, NoticeEntryForm form, Model model, Locale locale) {
        CurrentUser user = SignedIn.user();
        model.addAttribute("view", CalendarView.of(calendar.year(year), calendar.lunar(), messages, locale));
        model.addAttribute("weekdays", CalendarView.weekdays());
        model.addAttribute("previousYear", year > FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < LAST_YEAR ? year + 1 : null);
        YearNotice notice = notices.year(year).orElse(YearNotice.none(year));
        model.addAttribute("notice", notice);
        model.addAttribute("noticeEntered", notices.year(year).isPresent());
        boolean canManage = user.can(CalendarPermissions.MANAGE);
        model.addAttribute("canManage", canManage);
        if (canManage) {
            model.addAttribute("entries", notices.entries(year));
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", form);
            }
            model.addAttribute("kinds", EntryKind.values());
            model.addAttribute("holidays", Holiday.values());
            model.addAttribute("cultureFrom", notices.cultureDayFrom().orElse(null));
        }
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("cal.title", "/calendar"), Breadcrumb.text(String.valueOf(year), null)));
        return "calendar/year";
    }
}
