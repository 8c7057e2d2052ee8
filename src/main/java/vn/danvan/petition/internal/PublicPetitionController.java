package vn.danvan.petition.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.Receipt;
import vn.danvan.shared.web.RecordNotFound;
import vn.danvan.shared.web.RuleViolation;

/**
 * The public site, for anyone without an account: send a petition, then follow it with the tracking code and secret.
 * Against automated abuse: a hidden field people leave empty, a signed form token with a minimum fill time, and
 * per-address limits on submissions and failed look-ups. A case found with its code and secret is remembered in the
 * session, so the code and secret never travel in an address.
 */
@Controller
@RequestMapping("/public/petitions")
class PublicPetitionController {

    static final String TRACKED = "pt.tracked";
    static final List<PetitionKind> KINDS =
            List.of(PetitionKind.REFLECTION, PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);

    private final PetitionIntake intake;
    private final TrackingService tracking;
    private final PublicFormToken tokens;
    private final PublicRateLimiter limits;
    private final PublicChoices choices;
    private final CaseQueries queries;

    PublicPetitionController(
            PetitionIntake intake,
            TrackingService tracking,
            PublicFormToken tokens,
            PublicRateLimiter limits,
            PublicChoices choices,
            CaseQueries queries) {
        this.intake = intake;
        this.tracking = tracking;
        this.tokens = tokens;
        this.limits = limits;
        this.choices = choices;
        this.queries = queries;
    }

    /** The public form as sent back. */
    record PublicForm(
            @Nullable PetitionKind kind,
            @Nullable String unit,
            @Nullable String category,
            @Nullable String subject,
            @Nullable String content,
            @Nullable String locationText,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String website,
            @Nullable String formToken) {

        static PublicForm empty() {
            return new PublicForm(null, null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public String toString() {
            return "PublicForm[" + kind + "]";
        }
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(PublicForm.empty(), null, new Object[0], model);
    }

    private String form(PublicForm form, @Nullable String error, Object[] args, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", args);
        model.addAttribute("token", tokens.issue());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("communes", choices.communes());
        model.addAttribute("categories", queries.categories());
        return "petition/public-new";
    }

    @PostMapping("/new")
    String submit(
            PublicForm form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (form.website() != null && !form.website().isBlank()) {
            // A robot filled the hidden field: answer like a refusal of the form, store nothing.
            return form(form, "pt.public.error.retry", new Object[0], model);
        }
        if (form.formToken() == null || !tokens.acceptable(form.formToken())) {
            return form(form, "pt.public.error.retry", new Object[0], model);
        }
        if (form.kind() == null || !KINDS.contains(form.kind())) {
            return form(form, "pt.intake.error.kind", new Object[0], model);
        }
        boolean named = form.name() != null && !form.name().isBlank();
        boolean reachable = (form.phone() != null && !form.phone().isBlank())
                || (form.email() != null && !form.email().isBlank());
        if (form.kind() != PetitionKind.REFLECTION && !named) {
            return form(form, "pt.public.error.nameRequired", new Object[0], model);
        }
        if (named && !reachable) {
            return form(form, "pt.public.error.contactRequired", new Object[0], model);
        }
        if (form.email() != null
                && !form.email().isBlank()
                && !form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return form(form, "pt.public.error.email", new Object[0], model);
        }
        if (form.phone() != null
                && !form.phone().isBlank()
                && !form.phone().strip().matches("[+0-9 .()-]{8,20}")) {
            return form(form, "pt.public.error.phone", new Object[0], model);
        }
        if (!limits.trySubmit(request.getRemoteAddr())) {
            return form(form, "pt.public.error.tooMany", new Object[0], model);
        }
        Receipt receipt;
        try {
            receipt = intake.receive(new NewPetition(
                    form.kind(),
                    PetitionChannel.ONLINE,
                    CaseController.blankToNull(form.category()),
                    CaseController.nz(form.subject()),
                    CaseController.nz(form.content()),
                    CaseController.nz(form.unit()),
                    form.locationText(),
                    (BigDecimal) null,
                    (BigDecimal) null,
                    new NewPetition.Sender(form.name(), null, null, form.phone(), form.email()),
                    CaseController.uploads(files),
                    null,
                    null));
        } catch (RuleViolation e) {
            return form(form, e.messageKey(), e.args(), model);
        }
        redirect.addFlashAttribute("receipt", receipt);
        redirect.addFlashAttribute("receiptKind", form.kind());
        return "redirect:/public/petitions/received";
    }

    @GetMapping("/received")
    String received(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/petitions/new";
        }
        return "petition/public-received";
    }

    @GetMapping("/track")
    String trackForm(Model model) {
        model.addAttribute("error", null);
        return "petition/public-track";
    }

    @PostMapping("/track")
    String track(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String secret,
            HttpServletRequest request,
            Model model) {
        String address = request.getRemoteAddr();
        if (!limits.mayLookUp(address)) {
            model.addAttribute("error", "pt.track.error.tooMany");
            return "petition/public-track";
        }
        Optional<UUID> found = tracking.lookUp(code, secret);
        if (found.isEmpty()) {
            limits.failedLookUp(address);
            model.addAttribute("error", "pt.track.error.notFound");
            model.addAttribute("code", code);
            return "petition/public-track";
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(TRACKED, found.get());
        return "redirect:/public/petitions/track/case";
    }

    @GetMapping("/track/case")
    String trackedCase(HttpSession session, Model model) {
        UUID id = tracked(session);
        if (id == null) {
            return "redirect:/public/petitions/track";
        }
        model.addAttribute("view", tracking.view(id));
        return "petition/public-case";
    }

    @PostMapping("/track/rate")
    String rate(
            @RequestParam(required = false) @Nullable Integer rating,
            @RequestParam(required = false) @Nullable String comment,
            HttpSession session,
            RedirectAttributes redirect) {
        UUID id = tracked(session);
        if (id == null) {
            return "redirect:/public/petitions/track";
        }
        try {
            tracking.rate(id, rating == null ? 0 : rating, comment);
            redirect.addFlashAttribute("notice", "pt.track.rated");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/public/petitions/track/case";
    }

    @PostMapping("/track/reopen")
    String reopen(
            @RequestParam(required = false) @Nullable String reason, HttpSession session, RedirectAttributes redirect) {
        UUID id = tracked(session);
        if (id == null) {
            return "redirect:/public/petitions/track";
        }
        try {
            tracking.requestReopen(id, reason);
            redirect.addFlashAttribute("notice", "pt.track.reopenRequested");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/public/petitions/track/case";
    }

    @GetMapping("/track/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID fileId, HttpSession session) {
        UUID id = tracked(session);
        if (id == null) {
            throw new RecordNotFound("file", fileId);
        }
        TrackingService.PublicFile f =
                tracking.publicFile(id, fileId).orElseThrow(() -> new RecordNotFound("file", fileId));
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.parseMediaType(f.file().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.file().filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.bytes());
    }

    private static @Nullable UUID tracked(@Nullable HttpSession session) {
        return session != null && session.getAttribute(TRACKED) instanceof UUID id ? id : null;
    }
}
