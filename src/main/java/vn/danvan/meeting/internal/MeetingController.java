package vn.danvan.meeting.internal;

import jakarta.validation.Valid;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.danvan.meeting.MeetingKind;
import vn.danvan.meeting.MeetingPermissions;
import vn.danvan.officialdoc.RenderedDocument;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/** Pages of meetings: the list, a new meeting, the meeting page and what is recorded on it. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    /** Sortable columns: request name → entity property. */
    static final Map<String, String> SORTS = Map.of("startsAt", "startsAt", "title", "sortKey");

    private final MeetingService service;
    private final Organisations organisations;

    MeetingController(MeetingService service, Organisations organisations) {
        this.service = service;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "startsAt,desc") String sort,
            Model model) {
        Page<Meeting> result = service.search(q, Paging.request(page, sort, SORTS, "startsAt"));
        String base = UriComponentsBuilder.fromPath("/meetings")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("q", q);
        model.addAttribute("canManage", SignedIn.user().can(MeetingPermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("meeting.title", null)));
        return "meeting/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SignedIn.require(MeetingPermissions.MANAGE);
        return form(MeetingForm.empty(), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        Meeting meeting;
        try {
            meeting = service.create(form);
        } catch (MeetingRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, model);
        }
        Flash.success(redirect, "meeting.created", meeting.title());
        return "redirect:/meetings/" + meeting.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String documentQuery, Model model) {
        MeetingService.MeetingPage page = service.page(id, documentQuery);
        model.addAttribute("p", page);
        model.addAttribute("m", page.meeting());
        model.addAttribute("documentQuery", documentQuery);
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("conclusionsText", String.join("\n", page.conclusions()));
        model.addAttribute("orgChoices", page.canManage() ? organisations.choices(500) : java.util.List.of());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("meeting.title", "/meetings"),
                        Breadcrumb.text(page.meeting().title(), null)));
        return "meeting/show";
    }

    @PostMapping("/{id}/documents")
    String linkDocument(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID documentId,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        return act(id, redirect, "meeting.document.linked", () -> service.linkDocument(id, documentId));
    }

    @PostMapping("/{id}/invitees")
    String invite(
            @PathVariable UUID id,
            @Valid @ModelAttribute("inviteeForm") InviteeForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(id, redirect, "meeting.invitee.added", () -> service.invite(id, form));
    }

    @PostMapping("/{id}/invitees/{inviteeId}/attendance")
    String attendance(
            @PathVariable UUID id,
            @PathVariable UUID inviteeId,
            @RequestParam(required = false) @Nullable Attendance attendance,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        return act(
                id, redirect, "meeting.attendance.recorded", () -> service.recordAttendance(id, inviteeId, attendance));
    }

    @GetMapping("/{id}/invitation.ics")
    ResponseEntity<byte[]> invitationFile(@PathVariable UUID id) {
        byte[] ics = service.invitationFile(id).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("giay-moi-" + id + ".ics")
                                .build()
                                .toString())
                .body(ics);
    }

    @PostMapping("/{id}/invitations")
    String sendInvitations(@PathVariable UUID id, RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        try {
            int sent = service.sendInvitations(id);
            Flash.success(redirect, "meeting.invitations.sent", sent);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/contributions")
    String contribute(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contributionForm") ContributionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(id, redirect, "meeting.contribution.recorded", () -> service.recordContribution(id, form));
    }

    @PostMapping("/{id}/conclusions")
    String conclusions(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        return act(id, redirect, "meeting.conclusions.saved", () -> service.writeConclusions(id, text));
    }

    @PostMapping("/{id}/conclusion-notice")
    String issueNotice(@PathVariable UUID id, RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        try {
            String number = service.issueNotice(id);
            Flash.success(redirect, "meeting.notice.issued", number);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/{id}/conclusion-notice.docx")
    Object noticeDocx(@PathVariable UUID id, RedirectAttributes redirect) {
        return notice(id, redirect, true);
    }

    @GetMapping("/{id}/conclusion-notice.pdf")
    Object noticePdf(@PathVariable UUID id, RedirectAttributes redirect) {
        return notice(id, redirect, false);
    }

    private Object notice(UUID id, RedirectAttributes redirect, boolean docx) {
        RenderedDocument rendered;
        try {
            rendered = service.notice(id);
        } catch (MeetingRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
            return "redirect:/meetings/" + id;
        }
        String type = docx
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : MediaType.APPLICATION_PDF_VALUE;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(rendered.fileStem() + (docx ? ".docx" : ".pdf"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(docx ? rendered.docx() : rendered.pdf());
    }

    @PostMapping("/{id}/covenants")
    String covenant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("covenantForm") CovenantForm form,
            BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        return act(id, redirect, "meeting.covenant.recorded", () -> service.recordCovenantSigning(id, form, file));
    }

    @GetMapping("/{id}/covenants/{signingId}/document")
    ResponseEntity<InputStreamResource> covenantDocument(@PathVariable UUID id, @PathVariable UUID signingId) {
        MeetingService.SignedDocument document = service.signedDocument(id, signingId);
        InputStream content = document.content();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.file().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.file().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }

    /**
     * Runs one write and comes back to the meeting page with its message; a broken rule (here or in another module,
     * such as a plan refusing a task) comes back with the reason and nothing changed. A meeting the user may not see
     * still answers 404.
     */
    private String act(UUID id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/meetings/" + id;
    }

    private String invalid(UUID id, BindingResult errors, RedirectAttributes redirect) {
        service.visible(SignedIn.user().scope(), id);
        String message = errors.getAllErrors().get(0).getDefaultMessage();
        Flash.warning(redirect, "meeting.form.invalid", message == null ? "" : message);
        return "redirect:/meetings/" + id;
    }

    private String form(MeetingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(Breadcrumb.key("meeting.title", "/meetings"), Breadcrumb.key("meeting.new", null)));
        return "meeting/form";
    }
}
