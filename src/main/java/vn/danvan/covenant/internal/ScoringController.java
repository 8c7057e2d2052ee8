package vn.danvan.covenant.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/**
 * Scoring: the table of a period with totals and ranking, one party's sheet for a period (its own entries and
 * self-scores, the reviewer's scores and the proposed award), closing a period, and a party's standing over time.
 */
@Controller
@RequestMapping("/covenants/{id}")
class ScoringController {

    /** Up to this many parties (a cluster, a board and its communes) the period page shows every cell at once. */
    static final int FULL_TABLE_UP_TO = 20;

    private final ScoringService scoring;
    private final CovenantService covenants;
    private final MessageSource messages;

    ScoringController(ScoringService scoring, CovenantService covenants, MessageSource messages) {
        this.scoring = scoring;
        this.covenants = covenants;
        this.messages = messages;
    }

    @GetMapping("/periods/{periodId}")
    String period(
            @PathVariable UUID id,
            @PathVariable UUID periodId,
            @RequestParam(defaultValue = "false") boolean table,
            Locale locale,
            Model model) {
        ScoringService.Board board = scoring.board(id, periodId);
        // Parties × criteria cells weigh on a phone; beyond a cluster's size the ranking comes first, cells on request.
        model.addAttribute("showTable", table || board.rows().size() <= FULL_TABLE_UP_TO);
        // Resolved once rather than in each of the (parties × criteria) cells.
        Map<Scoring.Source, String> sources = new EnumMap<>(Scoring.Source.class);
        for (Scoring.Source source : Scoring.Source.values()) {
            sources.put(source, messages.getMessage("cv.source." + source, null, locale));
        }
        model.addAttribute("sources", sources);
        model.addAttribute("unavailable", messages.getMessage("cv.metric.unavailable", null, locale));
        Covenant covenant = board.details().covenant();
        model.addAttribute("board", board);
        model.addAttribute("covenant", covenant);
        model.addAttribute("canManage", covenants.canManage(covenant));
        model.addAttribute("open", !board.period().closed() && covenant.state() == CovenantState.ACTIVE);
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("cv.title", "/covenants"),
                        Breadcrumb.text(covenant.title(), "/covenants/" + id),
                        Breadcrumb.text(board.period().name(), null)));
        return "covenant/period";
    }

    @GetMapping("/periods/{periodId}/parties/{partyId}")
    String sheet(@PathVariable UUID id, @PathVariable UUID periodId, @PathVariable UUID partyId, Model model) {
        ScoringService.Board board = scoring.board(id, periodId);
        Covenant covenant = board.details().covenant();
        ScoringService.Row row = board.row(partyId);
        boolean open = !board.period().closed() && covenant.state() == CovenantState.ACTIVE;
        model.addAttribute("board", board);
        model.addAttribute("covenant", covenant);
        model.addAttribute("row", row);
        model.addAttribute("open", open);
        model.addAttribute("canReport", open && scoring.reportsFor(row.party()));
        model.addAttribute("canReview", open && covenants.canManage(covenant));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("cv.title", "/covenants"),
                        Breadcrumb.text(covenant.title(), "/covenants/" + id),
                        Breadcrumb.text(board.period().name(), "/covenants/" + id + "/periods/" + periodId),
                        Breadcrumb.text(row.party().orgName(), null)));
        return "covenant/sheet";
    }

    @PostMapping("/periods/{periodId}/parties/{partyId}/criteria/{criterionId}/self")
    String self(
            @PathVariable UUID id,
            @PathVariable UUID periodId,
            @PathVariable UUID partyId,
            @PathVariable UUID criterionId,
            @Valid @ModelAttribute("selfForm") SelfScoreForm form,
            BindingResult errors,
            @RequestParam(name = "evidence", required = false) @Nullable MultipartFile evidence,
            RedirectAttributes redirect)
            throws IOException {
        scoring.requireReporter(id, partyId);
        String back = sheetUrl(id, periodId, partyId);
        if (errors.hasErrors()) {
            Flash.warning(redirect, firstError(errors));
            return back;
        }
        try {
            boolean hasFile = evidence != null && !evidence.isEmpty();
            scoring.saveSelf(
                    id,
                    periodId,
                    partyId,
                    criterionId,
                    form,
                    hasFile
                            ? (evidence.getOriginalFilename() == null ? "minh-chung" : evidence.getOriginalFilename())
                            : null,
                    hasFile ? evidence.getInputStream() : null);
            Flash.success(redirect, "cv.score.selfSaved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back;
    }

    @PostMapping("/periods/{periodId}/parties/{partyId}/criteria/{criterionId}/review")
    String review(
            @PathVariable UUID id,
            @PathVariable UUID periodId,
            @PathVariable UUID partyId,
            @PathVariable UUID criterionId,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        covenants.managed(id);
        String back = sheetUrl(id, periodId, partyId);
        if (errors.hasErrors()) {
            Flash.warning(redirect, firstError(errors));
            return back;
        }
        try {
            scoring.saveReview(id, periodId, partyId, criterionId, form);
            Flash.success(redirect, "cv.score.reviewSaved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back;
    }

    @PostMapping("/periods/{periodId}/parties/{partyId}/award")
    String award(
            @PathVariable UUID id,
            @PathVariable UUID periodId,
            @PathVariable UUID partyId,
            @Valid @ModelAttribute("awardForm") AwardForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        covenants.managed(id);
        String back = "redirect:/covenants/" + id + "/periods/" + periodId + "#ranking";
        if (errors.hasErrors()) {
            Flash.warning(redirect, firstError(errors));
            return back;
        }
        try {
            scoring.saveAward(id, periodId, partyId, form);
            Flash.success(redirect, "cv.award.saved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back;
    }

    @PostMapping("/periods/{periodId}/close")
    String close(@PathVariable UUID id, @PathVariable UUID periodId, RedirectAttributes redirect) {
        covenants.managed(id);
        try {
            scoring.closePeriod(id, periodId);
            Flash.success(redirect, "cv.period.closed");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/covenants/" + id + "/periods/" + periodId;
    }

    @GetMapping("/parties/{partyId}")
    String party(@PathVariable UUID id, @PathVariable UUID partyId, Model model) {
        ScoringService.Standing standing = scoring.standing(id, partyId);
        Covenant covenant = standing.details().covenant();
        model.addAttribute("s", standing);
        model.addAttribute("covenant", covenant);
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("cv.title", "/covenants"),
                        Breadcrumb.text(covenant.title(), "/covenants/" + id),
                        Breadcrumb.text(standing.party().orgName(), null)));
        return "covenant/party";
    }

    private static String sheetUrl(UUID id, UUID periodId, UUID partyId) {
        return "redirect:/covenants/" + id + "/periods/" + periodId + "/parties/" + partyId;
    }

    /** The message key that explains the first field in error. */
    private static String firstError(BindingResult errors) {
        FieldError error = errors.getFieldError();
        String field = error == null ? "" : error.getField();
        return switch (field) {
            case "reportedValue" -> "cv.validation.reportedValue";
            case "selfScore", "reviewedScore" -> "cv.validation.score";
            case "award" -> "cv.validation.awardLength";
            default -> "cv.validation.noteLength";
        };
    }
}
