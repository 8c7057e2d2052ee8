package vn.danvan.petition.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.files.Attachments;
import vn.danvan.files.StoredFile;
import vn.danvan.organisation.Organisations;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.petition.Receipt;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.RecordNotFound;
import vn.danvan.shared.web.RuleViolation;

/**
 * The staff register: list and search, staff intake (letters, reception, phone, transfers), the case page with its
 * steps, history, notes, duplicates and the sender (when the user may see them), and the workflow actions. Every
 * action form carries the case's version; a form without it (or a stale one) changes nothing.
 */
@Controller
@RequestMapping("/petitions")
class CaseController {

    static final int PAGE_SIZE = 25;

    private final CaseQueries queries;
    private final WorkflowService workflow;
    private final PetitionIntake intake;
    private final DuplicateFinder duplicates;
    private final IdentityAccess identity;
    private final PublicChoices choices;
    private final Attachments attachments;
    private final Organisations organisations;
    private final Clock clock;

    CaseController(
            CaseQueries queries,
            WorkflowService workflow,
            PetitionIntake intake,
            DuplicateFinder duplicates,
            IdentityAccess identity,
            PublicChoices choices,
            Attachments attachments,
            Organisations organisations,
            Clock clock) {
        this.queries = queries;
        this.workflow = workflow;
        this.intake = intake;
        this.duplicates = duplicates;
        this.identity = identity;
        this.choices = choices;
        this.attachments = attachments;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable PetitionKind kind,
            @RequestParam(required = false) @Nullable CaseStep status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable Integer dueWithin,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable PetitionChannel channel,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = SignedIn.require(PetitionPermissions.READ);
        CaseQueries.Filter filter = new CaseQueries.Filter(q, kind, status, overdue, dueWithin, unit, channel);
        int p = Math.max(0, page);
        CaseQueries.Found found = queries.search(user.scope(), filter, LocalDate.now(clock), p, PAGE_SIZE);
        String base = UriComponentsBuilder.fromPath("/petitions")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("overdue", Optional.of(overdue).filter(b -> b))
                .queryParamIfPresent("dueWithin", Optional.ofNullable(dueWithin))
                .queryParamIfPresent("unit", Optional.ofNullable(unit).filter(s -> !s.isBlank()))
                .queryParamIfPresent("channel", Optional.ofNullable(channel))
                .build()
                .encode()
                .toUriString();
        model.addAttribute(
                "page", PageView.of(new PageImpl<>(found.items(), PageRequest.of(p, PAGE_SIZE), found.total()), base));
        model.addAttribute("filter", filter);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("statuses", CaseStep.values());
        model.addAttribute("channels", PetitionChannel.values());
        model.addAttribute("communes", choices.communes());
        model.addAttribute("canHandle", user.can(PetitionPermissions.HANDLE));
        model.addAttribute("canManage", user.can(PetitionPermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("pt.register.title", null)));
        return "petition/case-list";
    }

    @GetMapping("/new")
    String intakeForm(Model model) {
        SignedIn.require(PetitionPermissions.HANDLE);
        return intakeForm(CaseIntakeForm.empty(), null, model);
    }

    private String intakeForm(CaseIntakeForm form, @Nullable String error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        if (!model.containsAttribute("errorArgs")) {
            model.addAttribute("errorArgs", new Object[0]);
        }
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute(
                "channels",
                List.of(
                        PetitionChannel.LETTER,
                        PetitionChannel.RECEPTION,
                        PetitionChannel.PHONE,
                        PetitionChannel.TRANSFER));
        model.addAttribute("communes", choices.communes());
        model.addAttribute("categories", queries.categories());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("pt.register.title", "/petitions"),
                        Breadcrumb.key("pt.intake.staffTitle", null)));
        return "petition/case-intake";
    }

    @PostMapping
    String intake(
            CaseIntakeForm form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SignedIn.require(PetitionPermissions.HANDLE);
        if (form.kind() == null
                || form.channel() == null
                || form.channel() == PetitionChannel.ONLINE
                || form.channel() == PetitionChannel.OPEN311) {
            return intakeForm(form, "pt.intake.error.kindAndChannel", model);
        }
        Receipt receipt;
        try {
            receipt = intake.receive(new NewPetition(
                    form.kind(),
                    form.channel(),
                    blankToNull(form.category()),
                    nz(form.subject()),
                    nz(form.content()),
                    nz(form.unit()),
                    form.locationText(),
                    (BigDecimal) null,
                    (BigDecimal) null,
                    new NewPetition.Sender(form.name(), form.idNumber(), form.address(), form.phone(), form.email()),
                    uploads(files),
                    form.externalRef(),
                    null));
        } catch (RuleViolation e) {
            model.addAttribute("errorArgs", e.args());
            return intakeForm(form, e.messageKey(), model);
        }
        Flash.success(redirect, "pt.intake.staffDone", receipt.trackingCode(), receipt.secret());
        return "redirect:/petitions/" + receipt.caseId();
    }

    /**
     * A file of a case, for staff who see the case. A file that may identify a denouncer is served only to a user
     * with access to the identity (and the view is audited); the general download at /files never serves it.
     */
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> fileOf(@PathVariable UUID id, @PathVariable UUID fileId) {
        CurrentUser user = SignedIn.require(PetitionPermissions.READ);
        CaseRecord c = queries.visible(user.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        CaseQueries.AttachmentRow row = queries.attachments(id).stream()
                .filter(r -> r.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("file", fileId));
        StoredFile file;
        java.io.InputStream content;
        if (row.identifying()) {
            if (!identity.maySee(user, c)) {
                throw new RecordNotFound("file", fileId);
            }
            file = attachments
                    .findRestricted(fileId, IntakeService.MODULE)
                    .or(() -> attachments.find(fileId))
                    .orElseThrow(() -> new RecordNotFound("file", fileId));
            identity.fileViewed(c, fileId);
            content = file.owner().restricted()
                    ? attachments.openRestricted(fileId, IntakeService.MODULE)
                    : attachments.open(fileId);
        } else {
            file = attachments.find(fileId).orElseThrow(() -> new RecordNotFound("file", fileId));
            content = attachments.open(fileId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(content));
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = SignedIn.require(PetitionPermissions.READ);
        CaseRecord c = queries.visible(user.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        boolean seesIdentity = identity.maySee(user, c);
        List<CaseQueries.AttachmentRow> rows = queries.attachments(id);
        List<StoredFile> stored = attachments.of(IntakeService.MODULE, IntakeService.RECORD_TYPE, id);
        List<FileLine> files = new ArrayList<>();
        int hidden = 0;
        for (CaseQueries.AttachmentRow row : rows) {
            if (row.identifying() && !seesIdentity) {
                hidden++;
                continue;
            }
            stored.stream()
                    .filter(f -> f.id().equals(row.fileId()))
                    .findFirst()
                    .ifPresent(f -> files.add(new FileLine(f, row.purpose(), row.isPublic())));
        }
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", queries.steps(id));
        model.addAttribute("events", queries.events(id));
        model.addAttribute("notes", queries.notes(id));
        model.addAttribute("files", files);
        model.addAttribute("hiddenFiles", hidden);
        model.addAttribute("duplicates", c.mergedInto() == null ? duplicates.of(id) : List.of());
        model.addAttribute("joined", queries.joined(id));
        model.addAttribute(
                "mergedInto",
                c.mergedInto() == null ? null : queries.any(c.mergedInto()).orElse(null));
        model.addAttribute("sender", seesIdentity ? identity.open(c) : null);
        model.addAttribute("seesIdentity", seesIdentity);
        model.addAttribute("canHandle", user.can(PetitionPermissions.HANDLE) && c.mergedInto() == null);
        boolean canManage = user.can(PetitionPermissions.MANAGE);
        model.addAttribute("canManage", canManage);
        model.addAttribute("grants", c.confidential() && canManage ? queries.grants(id) : List.of());
        model.addAttribute(
                "admissibilities",
                List.of("ADMISSIBLE", "ANONYMOUS", "DUPLICATE", "OUTSIDE_COMPETENCE", "TIME_BARRED", "OTHER"));
        model.addAttribute("orgChoices", user.can(PetitionPermissions.HANDLE) ? organisations.choices(500) : List.of());
        model.addAttribute("acceptable", WorkflowService.ACCEPTABLE.contains(c.status()));
        model.addAttribute("beforeAcceptance", WorkflowService.BEFORE_ACCEPTANCE.contains(c.status()));
        model.addAttribute("inResolution", WorkflowService.IN_RESOLUTION.contains(c.status()));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("pt.register.title", "/petitions"), Breadcrumb.text(c.trackingCode(), null)));
        return "petition/case-show";
    }

    /** A file line of the case page. */
    record FileLine(StoredFile file, String purpose, boolean isPublic) {}

    @PostMapping("/{id}/classify")
    String classify(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String admissibility,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                version,
                redirect,
                "pt.workflow.done.classified",
                () -> workflow.classify(id, nz(admissibility), reason));
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.accepted", () -> workflow.accept(id));
    }

    @PostMapping("/{id}/transfer")
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable UUID org,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.transferred", () -> {
            if (org == null) {
                throw new WorkflowRefused("pt.workflow.error.organisation");
            }
            workflow.transfer(id, org, reason);
        });
    }

    @PostMapping("/{id}/reassign")
    String reassign(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable UUID org,
            RedirectAttributes redirect) {
        return act(PetitionPermissions.MANAGE, id, version, redirect, "pt.workflow.done.reassigned", () -> {
            if (org == null) {
                throw new WorkflowRefused("pt.workflow.error.organisation");
            }
            workflow.reassign(id, org);
        });
    }

    @PostMapping("/{id}/guide")
    String guide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                version,
                redirect,
                "pt.workflow.done.guided",
                () -> workflow.finish(id, CaseStep.GUIDED, nz(reason)));
    }

    @PostMapping("/{id}/file")
    String file(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(
                id, version, redirect, "pt.workflow.done.filed", () -> workflow.finish(id, CaseStep.FILED, nz(reason)));
    }

    @PostMapping("/{id}/reopen")
    String reopen(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.reopened", () -> workflow.reopen(id));
    }

    @PostMapping("/{id}/verify")
    String verify(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.verifying", () -> workflow.advance(id, CaseStep.VERIFYING));
    }

    @PostMapping("/{id}/dialogue")
    String dialogue(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.dialogue", () -> workflow.advance(id, CaseStep.DIALOGUE));
    }

    @PostMapping("/{id}/decide")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.decided", () -> workflow.advance(id, CaseStep.DECIDED));
    }

    @PostMapping("/{id}/extend")
    String extend(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.extended", () -> workflow.extend(id, nz(reason)));
    }

    @PostMapping("/{id}/flags")
    String flags(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "false") boolean complex,
            @RequestParam(defaultValue = "false") boolean remoteArea,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.flags", () -> workflow.flags(id, complex, remoteArea));
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        List<NewPetition.Upload> uploads = uploads(files);
        return act(
                id,
                version,
                redirect,
                "pt.workflow.done.closed",
                () -> workflow.answerAndClose(id, nz(answer), uploads));
    }

    @PostMapping("/{id}/files")
    String addFiles(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        List<NewPetition.Upload> uploads = uploads(files);
        return act(id, version, redirect, "pt.workflow.done.files", () -> workflow.addFiles(id, nz(purpose), uploads));
    }

    @PostMapping("/{id}/notes")
    String note(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String body,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.noted", () -> workflow.note(id, nz(body)));
    }

    @PostMapping("/{id}/join")
    String join(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable UUID other,
            RedirectAttributes redirect) {
        return act(id, version, redirect, "pt.workflow.done.joined", () -> {
            if (other == null) {
                throw new WorkflowRefused("pt.workflow.error.join");
            }
            workflow.join(id, other);
        });
    }

    @PostMapping("/{id}/grants")
    String grant(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(
                PetitionPermissions.MANAGE,
                id,
                version,
                redirect,
                "pt.workflow.done.granted",
                () -> workflow.grant(id, nz(username), nz(reason)));
    }

    /**
     * Runs an action on a visible case: 403 without the permission, 404 outside the scope, and a warning (nothing
     * changed) when the form is stale or the rule refuses.
     */
    private String act(
            UUID id, @Nullable Integer version, RedirectAttributes redirect, String doneKey, Runnable action) {
        return act(PetitionPermissions.HANDLE, id, version, redirect, doneKey, action);
    }

    private String act(
            String permission,
            UUID id,
            @Nullable Integer version,
            RedirectAttributes redirect,
            String doneKey,
            Runnable action) {
        CurrentUser user = SignedIn.require(permission);
        CaseRecord c = queries.visible(user.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        if (version == null || version != c.version()) {
            Flash.warning(redirect, "pt.workflow.error.stale");
            return "redirect:/petitions/" + id;
        }
        try {
            action.run();
            Flash.success(redirect, doneKey);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/petitions/" + id;
    }

    static List<NewPetition.Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
        List<NewPetition.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new NewPetition.Upload(
                            f.getOriginalFilename() == null ? "file" : f.getOriginalFilename(),
                            f.getContentType(),
                            f.getBytes()));
                }
            }
        }
        return uploads;
    }

    static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
