package vn.danvan.directive.internal;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.officialdoc.RenderedDocument;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/** Reviews: open one for a document, the units' reports, consolidation and the report's download. */
@Controller
class ReviewController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReviewService reviews;
    private final DocumentService documents;
    private final Organisations organisations;

    ReviewController(ReviewService reviews, DocumentService documents, Organisations organisations) {
        this.reviews = reviews;
        this.documents = documents;
        this.organisations = organisations;
    }

    @PostMapping("/directives/{id}/reviews")
    String open(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        documents.get(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "directive.review.invalid");
            return "redirect:/directives/" + id;
        }
        try {
            Review review = reviews.open(id, form, false);
            Flash.success(redirect, "directive.review.opened", review.title());
            return "redirect:/reviews/" + review.id();
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
            return "redirect:/directives/" + id;
        }
    }

    @GetMapping("/reviews/{reviewId}")
    String show(@PathVariable UUID reviewId, Model model) {
        Review review = reviews.get(reviewId);
        DirectiveDocument document = documents.get(review.documentId());
        List<ReviewUnit> units = reviews.units(review);
        CurrentUser user = SignedIn.user();
        model.addAttribute("review", review);
        model.addAttribute("document", document);
        model.addAttribute("units", units);
        model.addAttribute("figures", reviews.figures(review));
        model.addAttribute(
                "names",
                organisations.names(units.stream().map(ReviewUnit::orgUnitId).toList()));
        model.addAttribute(
                "missing", units.stream().filter(u -> !u.isSubmitted()).count());
        model.addAttribute(
                "canConsolidate",
                review.isOpen()
                        && user.can(DirectivePermissions.MANAGE)
                        && user.scope().includes(review.path()));
        model.addAttribute("canReport", review.isOpen() && user.can(DirectivePermissions.REPORT));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.text(document.numberLine(), "/directives/" + document.id()),
                        Breadcrumb.text(review.title(), null)));
        return "directive/review-show";
    }

    @GetMapping("/reviews/{reviewId}/units/{unitId}")
    String unitForm(@PathVariable UUID reviewId, @PathVariable UUID unitId, Model model) {
        ReviewUnit unit = reviews.unit(reviewId, unitId);
        return unitPage(reviewId, unit, ReviewReportForm.of(unit), model);
    }

    @PostMapping("/reviews/{reviewId}/units/{unitId}")
    String submit(
            @PathVariable UUID reviewId,
            @PathVariable UUID unitId,
            @Valid @ModelAttribute("form") ReviewReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.REPORT);
        ReviewUnit unit = reviews.unit(reviewId, unitId);
        if (!reviews.get(reviewId).isOpen()) {
            Flash.warning(redirect, "directive.error.reviewClosed");
            return "redirect:/reviews/" + reviewId;
        }
        if (errors.hasErrors()) {
            return unitPage(reviewId, unit, form, model);
        }
        try {
            reviews.submit(reviewId, unitId, form);
            Flash.success(redirect, "directive.review.reported");
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/reviews/" + reviewId;
    }

    @PostMapping("/reviews/{reviewId}/consolidate")
    String consolidate(@PathVariable UUID reviewId, RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        reviews.get(reviewId);
        try {
            Review review = reviews.consolidate(reviewId);
            Flash.success(redirect, "directive.review.consolidated", review.reportNumber());
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/reviews/" + reviewId;
    }

    @GetMapping("/reviews/{reviewId}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID reviewId) {
        RenderedDocument report = reviews.report(reviewId);
        return download(report.docx(), report.fileStem() + ".docx", DOCX);
    }

    @GetMapping("/reviews/{reviewId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID reviewId) {
        RenderedDocument report = reviews.report(reviewId);
        return download(report.pdf(), report.fileStem() + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String unitPage(UUID reviewId, ReviewUnit unit, ReviewReportForm form, Model model) {
        Review review = reviews.get(reviewId);
        CurrentUser user = SignedIn.user();
        model.addAttribute("review", review);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "unitName", organisations.names(List.of(unit.orgUnitId())).get(unit.orgUnitId()));
        model.addAttribute(
                "figures",
                unit.isSubmitted()
                        ? unit.figures()
                        : reviews.figures(review).getOrDefault(unit.orgUnitId(), ReviewUnit.Figures.NONE));
        model.addAttribute("form", form);
        model.addAttribute(
                "canReport",
                review.isOpen()
                        && user.can(DirectivePermissions.REPORT)
                        && user.scope().includes(unit.path()));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.text(review.title(), "/reviews/" + reviewId),
                        Breadcrumb.key("directive.review.unitReport", null)));
        return "directive/review-unit";
    }

    private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
