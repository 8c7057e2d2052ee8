package vn.danvan.covenant.internal;

import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.CovenantPermissions;
import vn.danvan.meeting.CovenantSignings.Signing;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/** Covenants: list, set up and edit, criteria with targets, periods, putting in force, the signed document. */
@Controller
@RequestMapping("/covenants")
class CovenantController {

    private final CovenantService covenants;
    private final MetricCatalogue catalogue;
    private final Clock clock;

    CovenantController(CovenantService covenants, MetricCatalogue catalogue, Clock clock) {
        this.covenants = covenants;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The covenant and criterion forms are records bound through their constructor: a date or number that does not
     * parse is taken as missing, so the form comes back with the field's own message instead of failing to build.
     */
    @InitBinder("form")
    void lenientValues(WebDataBinder binder) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
        binder.registerCustomEditor(LocalDate.class, new LenientEditor(s -> LocalDate.parse(s, dates)));
        binder.registerCustomEditor(Integer.class, new LenientEditor(Integer::valueOf));
        binder.registerCustomEditor(BigDecimal.class, new LenientEditor(s -> new BigDecimal(s.replace(',', '.'))));
        binder.registerCustomEditor(UUID.class, new LenientEditor(UUID::fromString));
    }

    /** Parses text with the given function; blank or unparsable text is no value. */
    static final class LenientEditor extends PropertyEditorSupport {

        private final Function<String, Object> parse;

        LenientEditor(Function<String, Object> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(@Nullable String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(parse.apply(text.strip()));
            } catch (RuntimeException e) {
                setValue(null);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            if (value instanceof LocalDate date) {
                return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            }
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable CovenantKind kind,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CovenantRepository.Filter filter = new CovenantRepository.Filter(q, kind, year);
        int number = Math.max(0, page);
        CovenantRepository.Found found = covenants.search(filter, number, Paging.DEFAULT_SIZE);
        String base = UriComponentsBuilder.fromPath("/covenants")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .build()
                .toUriString();
        model.addAttribute(
                "page",
                PageView.of(
                        new PageImpl<>(found.items(), PageRequest.of(number, Paging.DEFAULT_SIZE), found.total()),
                        base));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", CovenantKind.values());
        model.addAttribute("canManage", SignedIn.user().can(CovenantPermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("cv.title", null)));
        return "covenant/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable UUID signing, Model model) {
        SignedIn.require(CovenantPermissions.MANAGE);
        CovenantForm form = covenants
                .signing(signing)
                .map(covenants::prefilled)
                .orElseGet(() -> CovenantForm.empty(LocalDate.now(clock).getYear()));
        return form(form, null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CovenantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(CovenantPermissions.MANAGE);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        Covenant covenant;
        try {
            covenant = covenants.create(form);
        } catch (CovenantRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, null, model);
        }
        Flash.success(redirect, "cv.created", covenant.title());
        return "redirect:/covenants/" + covenant.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CovenantService.Details d = covenants.details(id);
        Covenant covenant = d.covenant();
        boolean canManage = covenants.canManage(covenant);
        model.addAttribute("d", d);
        model.addAttribute("covenant", covenant);
        model.addAttribute("canManage", canManage);
        model.addAttribute(
                "signing", covenants.signing(covenant.meetingSigningId()).orElse(null));
        model.addAttribute("signedFile", covenants.signedFile(covenant).orElse(null));
        model.addAttribute("acceptsFiles", covenants.acceptsFiles());
        model.addAttribute("periodForm", PeriodForm.empty());
        model.addAttribute("metricNames", metricNames());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("cv.title", "/covenants"), Breadcrumb.text(covenant.title(), null)));
        return "covenant/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Covenant covenant = covenants.managed(id);
        return form(CovenantForm.of(covenant, covenants.details(id).parties()), covenant, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CovenantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Covenant covenant = covenants.managed(id);
        if (errors.hasErrors()) {
            return form(form, covenant, model);
        }
        try {
            covenants.update(id, form);
        } catch (CovenantRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, covenant, model);
        }
        Flash.success(redirect, "cv.updated");
        return "redirect:/covenants/" + id;
    }

    @PostMapping("/{id}/document")
    String attach(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        covenants.managed(id);
        if (file == null || file.isEmpty()) {
            Flash.warning(redirect, "cv.document.choose");
            return "redirect:/covenants/" + id;
        }
        try {
            covenants.attachSignedDocument(
                    id,
                    file.getOriginalFilename() == null ? "giao-uoc" : file.getOriginalFilename(),
                    file.getInputStream());
            Flash.success(redirect, "cv.document.attached", file.getOriginalFilename());
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/covenants/" + id;
    }

    // ---- Criteria -------------------------------------------------------------------------------------------------

    @GetMapping("/{id}/criteria/new")
    String criterionForm(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable CriterionKind kind,
            @RequestParam(required = false) @Nullable String metric,
            Model model) {
        covenants.managed(id);
        return criterionForm(id, CriterionForm.empty(kind == null ? CriterionKind.REPORTED : kind, metric), model);
    }

    @PostMapping("/{id}/criteria")
    String addCriterion(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CriterionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        covenants.managed(id);
        if (errors.hasErrors()) {
            return criterionForm(id, form, model);
        }
        try {
            Criterion criterion = covenants.addCriterion(id, form);
            Flash.success(redirect, "cv.criterion.added", criterion.code());
        } catch (CovenantRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return criterionForm(id, form, model);
        }
        return "redirect:/covenants/" + id + "#criteria";
    }

    @PostMapping("/{id}/criteria/{criterionId}/delete")
    String removeCriterion(@PathVariable UUID id, @PathVariable UUID criterionId, RedirectAttributes redirect) {
        covenants.managed(id);
        try {
            covenants.removeCriterion(id, criterionId);
            Flash.success(redirect, "cv.criterion.removed");
        } catch (CovenantRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/covenants/" + id + "#criteria";
    }

    // ---- Periods and state ----------------------------------------------------------------------------------------

    @PostMapping("/{id}/periods")
    String addPeriod(
            @PathVariable UUID id,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        covenants.managed(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "cv.period.invalid");
            return "redirect:/covenants/" + id + "#periods";
        }
        try {
            Period period = covenants.addPeriod(id, form);
            Flash.success(redirect, "cv.period.added", period.name());
        } catch (CovenantRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/covenants/" + id + "#periods";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        covenants.managed(id);
        try {
            covenants.activate(id);
            Flash.success(redirect, "cv.activated");
        } catch (CovenantRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/covenants/" + id;
    }

    // ---- Helpers --------------------------------------------------------------------------------------------------

    private String form(CovenantForm form, @Nullable Covenant covenant, Model model) {
        List<OrgUnitView> organisations = new ArrayList<>(covenants.organisationChoices());
        List<Signing> signings = covenants.signingChoices();
        Signing chosen = form.signingId() == null
                ? null
                : signings.stream()
                        .filter(s -> s.id().equals(form.signingId()))
                        .findFirst()
                        .orElse(null);
        // Parties of the chosen signing may be organisations of the old hierarchy, outside today's choices.
        List<PartyChoice> partyChoices = new ArrayList<>();
        Set<UUID> listed = new HashSet<>();
        if (chosen != null) {
            for (int i = 0; i < chosen.partyOrgIds().size(); i++) {
                if (listed.add(chosen.partyOrgIds().get(i))) {
                    partyChoices.add(new PartyChoice(
                            chosen.partyOrgIds().get(i), chosen.partyNames().get(i)));
                }
            }
        }
        for (OrgUnitView o : organisations) {
            if (listed.add(o.id())) {
                partyChoices.add(new PartyChoice(o.id(), o.name()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("covenant", covenant);
        model.addAttribute("kinds", CovenantKind.values());
        model.addAttribute("ownerChoices", organisations);
        model.addAttribute("partyChoices", partyChoices);
        model.addAttribute("signings", signings);
        model.addAttribute("chosenSigning", chosen);
        model.addAttribute(
                "breadcrumbs",
                covenant == null
                        ? Breadcrumb.trail(Breadcrumb.key("cv.title", "/covenants"), Breadcrumb.key("cv.new", null))
                        : Breadcrumb.trail(
                                Breadcrumb.key("cv.title", "/covenants"),
                                Breadcrumb.text(covenant.title(), "/covenants/" + covenant.id()),
                                Breadcrumb.key("cv.edit", null)));
        return "covenant/form";
    }

    /** An organisation offered as a signing party. */
    record PartyChoice(UUID id, String name) {}

    private String criterionForm(UUID id, CriterionForm form, Model model) {
        CovenantService.Details d = covenants.details(id);
        CovenantMetric metric = form.metricCode() == null
                ? null
                : catalogue.find(form.metricCode()).orElse(null);
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("criterionKinds", CriterionKind.values());
        model.addAttribute("metrics", catalogue.all());
        model.addAttribute("metric", metric);
        model.addAttribute("subjects", metric == null ? List.of() : covenants.subjects(metric));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("cv.title", "/covenants"),
                        Breadcrumb.text(d.covenant().title(), "/covenants/" + id),
                        Breadcrumb.key("cv.criterion.new", null)));
        return "covenant/criterion-form";
    }

    private java.util.Map<String, String> metricNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        catalogue.all().forEach(m -> names.put(m.code(), m.nameKey()));
        return names;
    }
}
