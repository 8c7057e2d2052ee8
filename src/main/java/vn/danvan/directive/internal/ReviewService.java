package vn.danvan.directive.internal;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.directive.TaskStatus;
import vn.danvan.officialdoc.DocumentNumbers;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocuments;
import vn.danvan.officialdoc.RenderedDocument;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Reviews (sơ kết, tổng kết): the board opens one for a document and a period; each unit with tasks reports with
 * its figures pre-filled; the board sees who has not reported and consolidates into a numbered report.
 */
@Service
class ReviewService {

    private final ReviewRepository reviews;
    private final ReviewUnitRepository units;
    private final DocumentService documents;
    private final Organisations organisations;
    private final AdminUnits adminUnits;
    private final ObjectProvider<DocumentNumbers> numbers;
    private final ObjectProvider<OfficialDocuments> renderer;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            ReviewUnitRepository units,
            DocumentService documents,
            Organisations organisations,
            AdminUnits adminUnits,
            ObjectProvider<DocumentNumbers> numbers,
            ObjectProvider<OfficialDocuments> renderer,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.units = units;
        this.documents = documents;
        this.organisations = organisations;
        this.adminUnits = adminUnits;
        this.numbers = numbers;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a review; every unit leading a task of the document is asked for a report. */
    @Transactional
    Review open(UUID documentId, ReviewForm form, boolean demo) {
        CurrentUser user = SignedIn.require(DirectivePermissions.MANAGE);
        DirectiveDocument document = documents.get(documentId);
        UUID ownerId = documents.plansOf(documentId).stream()
                .filter(p -> user.scope().includes(p.path()))
                .map(ImplementationPlan::ownerOrgUnitId)
                .findFirst()
                .orElse(document.issuingOrgUnitId());
        OrgUnitView owner = organisations.find(ownerId).orElseThrow(UnknownOrganisation::new);
        Review review = new Review(
                document.id(),
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.title()),
                Objects.requireNonNull(form.periodFrom()),
                Objects.requireNonNull(form.periodTo()),
                Objects.requireNonNull(form.dueOn()),
                owner.id(),
                owner.path(),
                DocumentService.provinceOf(owner.path()),
                demo,
                clock.instant());
        reviews.save(review);
        jdbc.sql("SELECT lead_org_unit_id, min(path) AS path FROM directive_task WHERE document_id = :d"
                        + " GROUP BY lead_org_unit_id ORDER BY min(path), lead_org_unit_id")
                .param("d", document.id())
                .query((rs, i) -> new ReviewUnit(review, rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(units::save);
        audit.record(AuditEvent.of(
                "directive.review.opened",
                "directive_review",
                review.id(),
                Map.of("document", document.number(), "kind", review.kind().name())));
        return review;
    }

    @Transactional(readOnly = true)
    List<Review> ofDocument(UUID documentId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return reviews.findAll(
                visible(user.scope()).and((root, q, cb) -> cb.equal(root.get("documentId"), documentId)),
                Sort.by("createdAt"));
    }

    /** An open review and how many of the units it asked have not reported yet (of those the user sees). */
    record Awaiting(Review review, long missing, long asked) {}

    /** Open reviews the user may see, with the reports still missing, soonest due first. */
    @Transactional(readOnly = true)
    List<Awaiting> awaitingReports(int limit) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        List<Review> open = reviews.findAll(
                        visible(user.scope()).and((root, q, cb) -> cb.equal(root.get("state"), Review.State.OPEN)),
                        org.springframework.data.domain.PageRequest.of(0, limit, Sort.by("dueOn", "id")))
                .getContent();
        return open.stream()
                .map(r -> {
                    List<ReviewUnit> asked = units(r);
                    return new Awaiting(
                            r, asked.stream().filter(u -> !u.isSubmitted()).count(), asked.size());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    Review get(UUID id) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return reviews.findOne(Visibility.<Review>id(id).and(visible(user.scope())))
                .orElseThrow(() -> new RecordNotFound("review", id));
    }

    /** The units' reports the user may see: all of them for the board, their own for a unit. */
    @Transactional(readOnly = true)
    List<ReviewUnit> units(Review review) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return units.findAll(
                (root, q, cb) -> cb.and(
                        cb.equal(root.get("reviewId"), review.id()),
                        user.scope().includes(review.path())
                                ? cb.conjunction()
                                : user.scope().predicate(cb, root.get("path"))),
                Sort.by("path", "id"));
    }

    @Transactional(readOnly = true)
    ReviewUnit unit(UUID reviewId, UUID unitId) {
        Review review = get(reviewId);
        return units(review).stream()
                .filter(u -> u.id().equals(unitId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("review unit", unitId));
    }

    /** Each unit's task figures for the document, as of the end of the period (or today, before it ends). */
    @Transactional(readOnly = true)
    Map<UUID, ReviewUnit.Figures> figures(Review review) {
        LocalDate asOf = review.asOf(today());
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT t.lead_org_unit_id AS org, " + DashboardQueries.status("t", asOf) + " AS status, count(*) AS n"
                        + " FROM (SELECT lead_org_unit_id, deadline, CASE WHEN completed_on <= :asOf"
                        + " THEN completed_on END AS completed_on FROM directive_task WHERE document_id = :d"
                        + " AND start_on <= :asOf) t GROUP BY t.lead_org_unit_id, status")
                .param("asOf", asOf)
                .param("d", review.documentId())
                .query((rs, i) -> counts.computeIfAbsent(rs.getObject("org", UUID.class), k -> new int[4])[
                                TaskStatus.valueOf(rs.getString("status")).ordinal()] +=
                        rs.getInt("n"))
                .list();
        Map<UUID, ReviewUnit.Figures> figures = new HashMap<>();
        counts.forEach((org, c) -> figures.put(org, new ReviewUnit.Figures(c[0], c[1], c[2], c[3])));
        return figures;
    }

    @Transactional
    ReviewUnit submit(UUID reviewId, UUID unitId, ReviewReportForm form) {
        CurrentUser user = SignedIn.require(DirectivePermissions.REPORT);
        Review review = get(reviewId);
        ReviewUnit unit = unit(reviewId, unitId);
        if (!user.scope().includes(unit.path())) {
            throw new RecordNotFound("review unit", unitId);
        }
        ReviewUnit.Figures figures = figures(review).getOrDefault(unit.orgUnitId(), ReviewUnit.Figures.NONE);
        unit.submit(review, figures, form, user.getUsername(), today());
        units.save(unit);
        audit.record(AuditEvent.of(
                "directive.review.reported",
                "directive_review",
                review.id(),
                Map.of("unit", unit.orgUnitId().toString())));
        return unit;
    }

    /** Numbers the board's report ("BC" of the owner for this year) and closes the review. */
    @Transactional
    Review consolidate(UUID reviewId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.MANAGE);
        Review review = get(reviewId);
        if (!user.scope().includes(review.path())) {
            throw new RecordNotFound("review", reviewId);
        }
        review.checkOpen();
        DocumentNumbers numbering = numbers.getIfAvailable();
        if (numbering == null || renderer.getIfAvailable() == null) {
            throw new OfficialDocumentsUnavailable();
        }
        OrgUnitView owner = organisations.find(review.ownerOrgUnitId()).orElseThrow(UnknownOrganisation::new);
        LocalDate today = today();
        int n = numbering.next(owner.id(), today.getYear(), ReviewReport.TYPE_CODE);
        String number =
                numbering.format(OfficialDocument.DocumentFamily.PARTY, n, ReviewReport.TYPE_CODE, abbreviation(owner));
        review.consolidate(number, today, user.displayName(), clock.instant());
        reviews.save(review);
        audit.record(AuditEvent.of(
                "directive.review.consolidated", "directive_review", review.id(), Map.of("number", number)));
        return review;
    }

    /** The consolidated report, rendered to DOCX and PDF from the kept number and the units' reports. */
    @Transactional(readOnly = true)
    RenderedDocument report(UUID reviewId) {
        Review review = get(reviewId);
        if (review.reportNumber() == null) {
            throw new RecordNotFound("review report", reviewId);
        }
        OfficialDocuments docs = renderer.getIfAvailable();
        if (docs == null) {
            throw new OfficialDocumentsUnavailable();
        }
        DirectiveDocument document = documents.get(review.documentId());
        OrgUnitView owner = organisations.find(review.ownerOrgUnitId()).orElseThrow(UnknownOrganisation::new);
        String province = DocumentService.provinceOf(owner.path());
        String place = adminUnits.find(province).map(u -> u.name()).orElse("");
        String parent = owner.parentId() == null
                ? ""
                : organisations.names(List.of(owner.parentId())).getOrDefault(owner.parentId(), "");
        List<ReviewUnit> all =
                units.findAll((root, q, cb) -> cb.equal(root.get("reviewId"), review.id()), Sort.by("path", "id"));
        Map<UUID, String> names =
                organisations.names(all.stream().map(ReviewUnit::orgUnitId).toList());
        return docs.render(ReviewReport.document(
                review,
                document,
                document.kind().vietnamese(),
                ReviewReport.Bodies.of(owner.name(), parent, place),
                abbreviation(owner),
                all,
                names));
    }

    private static String abbreviation(OrgUnitView owner) {
        return owner.abbreviation() == null || owner.abbreviation().isBlank() ? "VT" : owner.abbreviation();
    }

    /** A review is visible to its owner's area, and to each unit asked to report to it. */
    static Specification<Review> visible(Scope scope) {
        return (root, query, cb) -> {
            if (scope.isEverything()) {
                return cb.conjunction();
            }
            Subquery<UUID> sub = query.subquery(UUID.class);
            Root<ReviewUnit> u = sub.from(ReviewUnit.class);
            sub.select(u.get("id"))
                    .where(cb.equal(u.get("reviewId"), root.get("id")), scope.predicate(cb, u.get("path")));
            return cb.or(scope.predicate(cb, root.get("path")), cb.exists(sub));
        };
    }
}
