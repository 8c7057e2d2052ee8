package vn.danvan.exemplar.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.RuleViolation;

/** The registry's pages: the list, registration (and replication), the entry page and what is recorded on it. */
@Controller
@RequestMapping("/exemplars")
class EntryController {

    private final EntryService service;
    private final EntryPage.Reader reader;

    EntryController(EntryService service, EntryPage.Reader reader) {
        this.service = service;
        this.reader = reader;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        EntryService.Filter filter = new EntryService.Filter(year, kind, field, level, status, tag, q);
        Page<EntryRow> result = service.search(filter, page);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/exemplars");
        param(base, "year", year == null ? null : year.toString());
        param(base, "kind", kind);
        param(base, "field", field);
        param(base, "level", level);
        param(base, "status", status);
        param(base, "tag", tag);
        param(base, "q", q);
        model.addAttribute("page", PageView.of(result, base.build().toUriString()));
        model.addAttribute("filter", filter);
        choices(model);
        CurrentUser user = SignedIn.user();
        model.addAttribute("canRegister", user.can(ExemplarPermissions.REGISTER));
        model.addAttribute("canEvaluate", user.can(ExemplarPermissions.EVALUATE));
        model.addAttribute("canManage", user.can(ExemplarPermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("ex.title", null)));
        return "exemplar/list";
    }

    private static void param(UriComponentsBuilder b, String name, @Nullable String value) {
        b.queryParamIfPresent(name, Optional.ofNullable(value).filter(s -> !s.isBlank()));
    }

    private void choices(Model model) {
        model.addAttribute("kinds", List.of("MODEL", "EXEMPLAR"));
        model.addAttribute("fields", EntryService.FIELDS);
        model.addAttribute("levels", EntryService.LEVELS);
        model.addAttribute("statuses", EntryService.STATUSES);
        model.addAttribute("tagChoices", EntryService.TAGS);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(2020, service.currentYear() + 1)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("awards", EntryService.AWARDS);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable UUID from, Model model) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        EntryForm form = EntryForm.empty(service.currentYear(), service.today());
        if (from != null) {
            EntryRow source = service.replicationSource(from);
            form = new EntryForm(
                    source.kind(),
                    service.currentYear(),
                    source.name(),
                    source.field(),
                    List.of(),
                    null,
                    "COMMUNE",
                    null,
                    null,
                    null,
                    null,
                    null,
                    source.summary(),
                    null,
                    form.objectiveText(),
                    form.objectiveMeasure(),
                    form.objectiveTarget(),
                    source.id());
            model.addAttribute("source", source);
        }
        return form(form, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") EntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        UUID id;
        try {
            id = service.register(form);
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, model);
        }
        Flash.success(redirect, "ex.registered", form.name());
        return "redirect:/exemplars/" + id;
    }

    private String form(EntryForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("objectiveRows", form.objectiveRows());
        choices(model);
        model.addAttribute("orgChoices", service.ownerChoices());
        model.addAttribute("placeChoices", service.placeChoices());
        model.addAttribute("measures", service.activeMeasures());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("ex.title", "/exemplars"), Breadcrumb.key("ex.new", null)));
        return "exemplar/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        EntryRow entry = service.visible(id);
        EntryPage page = reader.read(entry);
        CurrentUser user = SignedIn.user();
        boolean owner = user.scope().includes(entry.path());
        model.addAttribute("p", page);
        model.addAttribute("e", entry);
        model.addAttribute("canReport", owner && user.can(ExemplarPermissions.REGISTER));
        model.addAttribute("closed", entry.closedFor(service.currentYear()));
        model.addAttribute("canEvaluate", user.can(ExemplarPermissions.EVALUATE));
        model.addAttribute(
                "canReplicate", user.can(ExemplarPermissions.REGISTER) && "RECOGNISED".equals(entry.status()));
        model.addAttribute("measures", service.activeMeasures());
        model.addAttribute("today", service.today());
        choices(model);
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("ex.title", "/exemplars"), Breadcrumb.text(entry.name(), null)));
        return "exemplar/show";
    }

    @PostMapping("/{id}/updates")
    String addUpdate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("updateForm") UpdateForm form,
            BindingResult errors,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
            @RequestParam(name = "documents", required = false) @Nullable List<MultipartFile> documents,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(
                id,
                redirect,
                "ex.update.added",
                () -> service.addUpdate(
                        id,
                        form,
                        params,
                        photos == null ? List.of() : photos,
                        documents == null ? List.of() : documents));
    }

    @PostMapping("/{id}/self-assessments")
    String selfAssess(
            @PathVariable UUID id,
            @Valid @ModelAttribute("selfForm") SelfAssessmentForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(id, redirect, "ex.self.saved", () -> {
            service.selfAssess(id, form);
            return id;
        });
    }

    @PostMapping("/{id}/recognition")
    String recognise(
            @PathVariable UUID id,
            @Valid @ModelAttribute("recognitionForm") RecognitionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(id, redirect, "ex.recognised", () -> {
            service.recognise(id, form);
            return id;
        });
    }

    @PostMapping("/{id}/revocation")
    String revoke(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        return act(id, redirect, "ex.revoked", () -> {
            service.revoke(id, reason);
            return id;
        });
    }

    @PostMapping("/{id}/public")
    String publish(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String visibility,
            @RequestParam(required = false) @Nullable String story,
            RedirectAttributes redirect) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        return act(id, redirect, "ex.public.saved", () -> {
            if (!"public".equals(visibility) && !"private".equals(visibility)) {
                throw new ExemplarRuleViolation("ex.validation.visibility");
            }
            service.setPublic(id, "public".equals(visibility), story);
            return id;
        });
    }

    private String act(UUID id, RedirectAttributes redirect, String successKey, Supplier<?> action) {
        service.visible(id);
        try {
            action.get();
            Flash.success(redirect, successKey);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exemplars/" + id;
    }

    private String invalid(UUID id, BindingResult errors, RedirectAttributes redirect) {
        service.visible(id);
        String message = errors.getAllErrors().get(0).getDefaultMessage();
        Flash.warning(redirect, "ex.form.invalid", message == null ? "" : message);
        return "redirect:/exemplars/" + id;
    }
}
