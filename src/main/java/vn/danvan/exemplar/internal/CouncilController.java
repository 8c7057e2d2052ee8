package vn.danvan.exemplar.internal;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/** Councils (đợt bình xét): list, new, candidates, the score sheet, the proposal, closing. */
@Controller
@RequestMapping("/exemplars/councils")
class CouncilController {

    private final CouncilService service;
    private final EntryService entries;
    private final Organisations organisations;

    CouncilController(CouncilService service, EntryService entries, Organisations organisations) {
        this.service = service;
        this.entries = entries;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("councils", service.councils());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("ex.title", "/exemplars"), Breadcrumb.key("ex.council.title", null)));
        return "exemplar/councils";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        return form(CouncilForm.empty(entries.currentYear()), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CouncilForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        UUID id;
        try {
            id = service.create(form);
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, model);
        }
        Flash.success(redirect, "ex.council.created", form.name());
        return "redirect:/exemplars/councils/" + id;
    }

    private String form(CouncilForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("levels", EntryService.LEVELS);
        model.addAttribute("orgChoices", organisations.choices(1000));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("ex.title", "/exemplars"),
                        Breadcrumb.key("ex.council.title", "/exemplars/councils"),
                        Breadcrumb.key("ex.council.new", null)));
        return "exemplar/council-form";
    }

    @GetMapping("/{councilId}")
    String show(@PathVariable UUID councilId, Model model) {
        CouncilService.Council council = service.visible(councilId);
        model.addAttribute("c", council);
        model.addAttribute("members", service.members(councilId));
        model.addAttribute("criteria", service.criteria(council.year(), council.level()));
        model.addAttribute("candidates", service.candidates(council));
        model.addAttribute("eligible", council.closed() ? java.util.List.of() : service.eligible(council));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("ex.title", "/exemplars"),
                        Breadcrumb.key("ex.council.title", "/exemplars/councils"),
                        Breadcrumb.text(council.name(), null)));
        return "exemplar/council";
    }

    @PostMapping("/{councilId}/candidates")
    String addCandidate(
            @PathVariable UUID councilId,
            @RequestParam(required = false) @Nullable UUID entryId,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        service.visible(councilId);
        try {
            service.addCandidate(councilId, entryId);
            Flash.success(redirect, "ex.candidate.added");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/councils/" + councilId;
    }

    @GetMapping("/{councilId}/candidates/{entryId}")
    String sheet(@PathVariable UUID councilId, @PathVariable UUID entryId, Model model) {
        CouncilService.Council council = service.visible(councilId);
        CouncilService.Candidate candidate = service.candidate(council, entryId);
        model.addAttribute("c", council);
        model.addAttribute("k", candidate);
        model.addAttribute("members", service.members(councilId));
        model.addAttribute("criteria", service.criteria(council.year(), council.level()));
        model.addAttribute("scores", service.scores(councilId, entryId));
        model.addAttribute("votes", service.votes(councilId, entryId));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("ex.title", "/exemplars"),
                        Breadcrumb.key("ex.council.title", "/exemplars/councils"),
                        Breadcrumb.text(council.name(), "/exemplars/councils/" + councilId),
                        Breadcrumb.text(candidate.name(), null)));
        return "exemplar/sheet";
    }

    @PostMapping("/{councilId}/candidates/{entryId}/scores")
    String scores(
            @PathVariable UUID councilId,
            @PathVariable UUID entryId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        service.candidate(service.visible(councilId), entryId);
        try {
            service.recordSheet(councilId, entryId, params);
            Flash.success(redirect, "ex.sheet.saved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/councils/" + councilId + "/candidates/" + entryId;
    }

    @PostMapping("/{councilId}/candidates/{entryId}/proposal")
    String confirm(
            @PathVariable UUID councilId,
            @PathVariable UUID entryId,
            @RequestParam(required = false) @Nullable String confirm,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        service.candidate(service.visible(councilId), entryId);
        try {
            if (!"yes".equals(confirm)) {
                throw new ExemplarRuleViolation("ex.validation.confirm");
            }
            Proposal p = service.confirm(councilId, entryId);
            Flash.success(redirect, p.proposed() ? "ex.proposal.proposed" : "ex.proposal.notProposed");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/councils/" + councilId + "/candidates/" + entryId;
    }

    @PostMapping("/{councilId}/close")
    String close(
            @PathVariable UUID councilId,
            @RequestParam(required = false) @Nullable String confirm,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        service.visible(councilId);
        try {
            if (!"yes".equals(confirm)) {
                throw new ExemplarRuleViolation("ex.validation.confirm");
            }
            service.close(councilId);
            Flash.success(redirect, "ex.council.closed");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/councils/" + councilId;
    }
}
