package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/** The catalogue: recognition criteria per year and level, and the measures of results. */
@Controller
@RequestMapping("/exemplars")
class CatalogueController {

    private final CouncilService service;
    private final EntryService entries;

    CatalogueController(CouncilService service, EntryService entries) {
        this.service = service;
        this.entries = entries;
    }

    @GetMapping("/criteria")
    String criteria(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String level,
            Model model) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        int y = year == null ? entries.currentYear() : year;
        String l = level == null || !EntryService.LEVELS.contains(level) ? "COMMUNE" : level;
        model.addAttribute("year", y);
        model.addAttribute("level", l);
        model.addAttribute("levels", EntryService.LEVELS);
        model.addAttribute("criteria", service.criteria(y, l));
        model.addAttribute(
                "total",
                service.criteria(y, l).stream()
                        .map(CouncilService.Criterion::maxPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("ex.title", "/exemplars"), Breadcrumb.key("ex.criteria.title", null)));
        return "exemplar/criteria";
    }

    @PostMapping("/criteria")
    String addCriterion(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String maxPoints,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        int y = year == null ? entries.currentYear() : year;
        String l = level == null ? "COMMUNE" : level;
        try {
            service.addCriterion(y, l, text, EntryService.parseNumber(maxPoints));
            Flash.success(redirect, "ex.criterion.added");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/criteria?year=" + y + "&level=" + (EntryService.LEVELS.contains(l) ? l : "COMMUNE");
    }

    @PostMapping("/criteria/copy")
    String copy(
            @RequestParam(required = false) @Nullable Integer fromYear,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String level,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        int y = year == null ? entries.currentYear() : year;
        String l = level == null || !EntryService.LEVELS.contains(level) ? "COMMUNE" : level;
        try {
            if (fromYear == null) {
                throw new ExemplarRuleViolation("ex.validation.fromYear");
            }
            int n = service.copyCriteria(fromYear, y, l);
            Flash.success(redirect, "ex.criteria.copied", n);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/criteria?year=" + y + "&level=" + l;
    }

    @GetMapping("/measures")
    String measures(Model model) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        model.addAttribute("measures", service.allMeasures());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("ex.title", "/exemplars"), Breadcrumb.key("ex.measures.title", null)));
        return "exemplar/measures";
    }

    @PostMapping("/measures")
    String addMeasure(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String unit,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        try {
            service.addMeasure(code, name, unit);
            Flash.success(redirect, "ex.measure.added");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/measures";
    }

    @PostMapping("/measures/{measureId}/active")
    String setActive(
            @PathVariable UUID measureId,
            @RequestParam(required = false) @Nullable String active,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        try {
            if (!"true".equals(active) && !"false".equals(active)) {
                throw new ExemplarRuleViolation("ex.validation.confirm");
            }
            service.setMeasureActive(measureId, Boolean.parseBoolean(active));
            Flash.success(redirect, "ex.measure.saved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/measures";
    }
}
