package vn.danvan.directive.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/** The document register: list, register, show, supersede, and open a plan. */
@Controller
@RequestMapping("/directives")
class DocumentController {

    static final Map<String, String> SORTS =
            Map.of("issuedOn", "issuedOn", "number", "number", "title", "title", "kind", "kind");

    private final DocumentService documents;
    private final ReviewService reviews;
    private final Organisations organisations;

    DocumentController(DocumentService documents, ReviewService reviews, Organisations organisations) {
        this.documents = documents;
        this.reviews = reviews;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable DocumentKind kind,
            @RequestParam(required = false) @Nullable DocumentState state,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "issuedOn,desc") String sort,
            Model model) {
        DocumentFilter filter = new DocumentFilter(q, kind, state, year);
        Page<DirectiveDocument> result = documents.search(filter, Paging.request(page, sort, SORTS, "issuedOn"));
        String base = UriComponentsBuilder.fromPath("/directives")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("state", Optional.ofNullable(state))
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("states", DocumentState.values());
        model.addAttribute(
                "issuers",
                organisations.names(result.getContent().stream()
                        .map(DirectiveDocument::issuingOrgUnitId)
                        .toList()));
        model.addAttribute("canManage", SignedIn.user().can(DirectivePermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("directive.document.title", null)));
        return "directive/document-list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SignedIn.require(DirectivePermissions.MANAGE);
        return form(DocumentForm.empty(), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        DirectiveDocument document;
        try {
            document = documents.register(form);
        } catch (DirectiveRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, model);
        }
        Flash.success(redirect, "directive.document.registered", document.numberLine());
        return "redirect:/directives/" + document.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        DirectiveDocument document = documents.get(id);
        List<ImplementationPlan> plans = documents.plansOf(id);
        Set<UUID> orgIds = new HashSet<>();
        orgIds.add(document.issuingOrgUnitId());
        plans.forEach(p -> orgIds.add(p.ownerOrgUnitId()));
        Set<UUID> linked = new HashSet<>(document.implementsIds());
        if (document.supersededById() != null) {
            linked.add(document.supersededById());
        }
        boolean canManage = SignedIn.user().can(DirectivePermissions.MANAGE);
        model.addAttribute("document", document);
        model.addAttribute("names", organisations.names(orgIds));
        model.addAttribute("plans", plans);
        model.addAttribute("linked", documents.byIds(linked));
        model.addAttribute("implementing", documents.implementing(id));
        model.addAttribute("canManage", canManage);
        model.addAttribute("states", DocumentState.values());
        if (canManage) {
            model.addAttribute("documentChoices", documents.choices(200));
            model.addAttribute("ownerChoices", organisations.choices(500));
        }
        model.addAttribute("planForm", new PlanForm(null, null));
        model.addAttribute("reviews", reviews.ofDocument(id));
        model.addAttribute("reviewKinds", ReviewKind.values());
        model.addAttribute("reviewForm", new ReviewForm(null, null, null, null, null));
        model.addAttribute("supersedeForm", new SupersedeForm(document.state(), document.supersededById()));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.text(document.numberLine(), null)));
        model.addAttribute("tasksUrl", "/tasks?document=" + id);
        model.addAttribute("acceptsFiles", documents.acceptsFiles());
        model.addAttribute("files", documents.filesOf(document));
        return "directive/document-show";
    }

    @PostMapping("/{id}/state")
    String supersede(
            @PathVariable UUID id,
            @Valid @ModelAttribute("supersedeForm") SupersedeForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        documents.get(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "directive.validation.state");
            return "redirect:/directives/" + id;
        }
        try {
            documents.supersede(id, form);
            Flash.success(redirect, "directive.document.stateSaved");
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/directives/" + id;
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        SignedIn.require(DirectivePermissions.MANAGE);
        documents.get(id);
        if (file == null || file.isEmpty() || !documents.acceptsFiles()) {
            Flash.warning(redirect, "directive.document.chooseFile");
            return "redirect:/directives/" + id;
        }
        try {
            documents.attach(
                    id,
                    file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                    file.getInputStream());
            Flash.success(redirect, "directive.document.fileAttached", file.getOriginalFilename());
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/directives/" + id;
    }

    @PostMapping("/{id}/plans")
    String openPlan(
            @PathVariable UUID id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        documents.get(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "directive.plan.invalid");
            return "redirect:/directives/" + id;
        }
        try {
            ImplementationPlan plan = documents.openPlan(id, form);
            Flash.success(redirect, "directive.plan.opened", plan.title());
            return "redirect:/directives/" + id + "/plans/" + plan.id();
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
            return "redirect:/directives/" + id;
        }
    }

    private String form(DocumentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("families", DocumentFamily.values());
        List<OrgUnitView> issuers = organisations.choices(500);
        model.addAttribute("issuerChoices", issuers);
        model.addAttribute("documentChoices", documents.choices(200));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.key("directive.document.new", null)));
        return "directive/document-form";
    }
}
