package vn.danvan.directive.internal;

import jakarta.persistence.criteria.Predicate;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/** Use cases of the document register and of implementation plans. Reads are scoped in the query. */
@Service
class DocumentService {

    static final String DOCUMENT_RECORD = "document";

    private final DocumentRepository documents;
    private final PlanRepository plans;
    private final Organisations organisations;
    private final ObjectProvider<Attachments> attachments;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentService(
            DocumentRepository documents,
            PlanRepository plans,
            Organisations organisations,
            ObjectProvider<Attachments> attachments,
            AuditTrail audit,
            Clock clock) {
        this.documents = documents;
        this.plans = plans;
        this.organisations = organisations;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<DirectiveDocument> search(DocumentFilter filter, Pageable pageable) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return documents.findAll(matching(user.scope(), filter), pageable);
    }

    /** The document, if the user may see it; otherwise 404 whether or not it exists. */
    @Transactional(readOnly = true)
    DirectiveDocument get(UUID id) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return documents
                .findOne(Visibility.<DirectiveDocument>id(id).and(Visibility.documents(user.scope())))
                .orElseThrow(() -> new RecordNotFound("document", id));
    }

    /** Recent documents the user may see, to pick from ("implements", "replaced by"). */
    @Transactional(readOnly = true)
    List<DirectiveDocument> choices(int limit) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return documents
                .findAll(
                        Visibility.documents(user.scope()),
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "issuedOn", "id")))
                .getContent();
    }

    @Transactional(readOnly = true)
    List<DirectiveDocument> byIds(Set<UUID> ids) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        if (ids.isEmpty()) {
            return List.of();
        }
        return documents.findAll(
                Visibility.documents(user.scope())
                        .and((root, q, cb) -> root.get("id").in(ids)),
                Sort.by(Sort.Direction.DESC, "issuedOn"));
    }

    /** Documents that implement the given one (its plans, guidance). */
    @Transactional(readOnly = true)
    List<DirectiveDocument> implementing(UUID id) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return documents.findAll(
                Visibility.documents(user.scope())
                        .and((root, q, cb) -> cb.isMember(id, root.<Set<UUID>>get("implementsIds"))),
                Sort.by("issuedOn"));
    }

    @Transactional
    DirectiveDocument register(DocumentForm form) {
        return register(form, false);
    }

    @Transactional
    DirectiveDocument register(DocumentForm form, boolean demo) {
        SignedIn.require(DirectivePermissions.MANAGE);
        OrgUnitView issuer = organisations
                .find(java.util.Objects.requireNonNull(form.issuingOrgUnitId()))
                .orElseThrow(UnknownOrganisation::new);
        Set<UUID> implemented = new HashSet<>();
        for (DirectiveDocument d : byIds(Set.copyOf(form.implementsIds() == null ? List.of() : form.implementsIds()))) {
            implemented.add(d.id());
        }
        DirectiveDocument document = new DirectiveDocument(
                java.util.Objects.requireNonNull(form.kind()),
                java.util.Objects.requireNonNull(form.family()),
                java.util.Objects.requireNonNull(form.number()),
                java.util.Objects.requireNonNull(form.issuedOn()),
                issuer.id(),
                form.issuerName(),
                java.util.Objects.requireNonNull(form.title()),
                form.summary(),
                issuer.path(),
                provinceOf(issuer.path()),
                implemented,
                demo,
                clock.instant());
        documents.save(document);
        audit.record(AuditEvent.of(
                "directive.document.registered",
                "directive_document",
                document.id(),
                Map.of("number", document.number(), "kind", document.kind().name())));
        return document;
    }

    @Transactional
    DirectiveDocument supersede(UUID id, SupersedeForm form) {
        SignedIn.require(DirectivePermissions.MANAGE);
        DirectiveDocument document = get(id);
        UUID by = form.byId() == null ? null : get(form.byId()).id();
        document.supersede(java.util.Objects.requireNonNull(form.state()), by, clock.instant());
        audit.record(AuditEvent.of(
                        "directive.document.stateChanged",
                        "directive_document",
                        id,
                        Map.of("state", document.state().name()))
                .withDetail("by", by));
        return document;
    }

    /** The document's files (its text, annexes), oldest first; empty while the files module is absent. */
    @Transactional(readOnly = true)
    List<StoredFile> filesOf(DirectiveDocument document) {
        Attachments files = attachments.getIfAvailable();
        return files == null ? List.of() : files.of(TaskService.MODULE, DOCUMENT_RECORD, document.id());
    }

    boolean acceptsFiles() {
        return attachments.getIfAvailable() != null;
    }

    /** Attaches a file to a document: PDF, Word, Excel or an image, checked by its content. */
    @Transactional
    StoredFile attach(UUID id, String filename, InputStream content) {
        SignedIn.require(DirectivePermissions.MANAGE);
        DirectiveDocument document = get(id);
        Attachments files = attachments.getObject();
        StoredFile file = files.store(
                new FileOwner(TaskService.MODULE, DOCUMENT_RECORD, document.id(), document.path()),
                filename,
                content,
                Attachments.DOCUMENTS_AND_IMAGES);
        audit.record(AuditEvent.of(
                "directive.document.fileAttached",
                "directive_document",
                document.id(),
                Map.of("file", file.id().toString(), "name", file.filename())));
        return file;
    }

    @Transactional(readOnly = true)
    List<ImplementationPlan> plansOf(UUID documentId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return plans.findAll(
                Visibility.plans(user.scope()).and((root, q, cb) -> cb.equal(root.get("documentId"), documentId)),
                Sort.by("createdAt"));
    }

    @Transactional(readOnly = true)
    ImplementationPlan plan(UUID documentId, UUID planId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return plans.findOne(Visibility.<ImplementationPlan>id(planId)
                        .and(Visibility.plans(user.scope()))
                        .and((root, q, cb) -> cb.equal(root.get("documentId"), documentId)))
                .orElseThrow(() -> new RecordNotFound("plan", planId));
    }

    /** Open plans the user may add tasks to (their owner is in the user's area). */
    @Transactional(readOnly = true)
    List<ImplementationPlan> plansOpenForTasks() {
        CurrentUser user = SignedIn.user();
        if (!user.can(DirectivePermissions.MANAGE)) {
            return List.of();
        }
        Scope scope = user.scope();
        return plans.findAll(
                (root, q, cb) -> cb.and(cb.isTrue(root.get("open")), scope.predicate(cb, root.get("path"))),
                Sort.by(Sort.Direction.DESC, "createdAt"));
    }

    @Transactional
    ImplementationPlan openPlan(UUID documentId, PlanForm form) {
        return openPlan(documentId, form, false);
    }

    @Transactional
    ImplementationPlan openPlan(UUID documentId, PlanForm form, boolean demo) {
        CurrentUser user = SignedIn.require(DirectivePermissions.MANAGE);
        DirectiveDocument document = get(documentId);
        OrgUnitView owner = organisations
                .find(java.util.Objects.requireNonNull(form.ownerOrgUnitId()))
                .filter(o -> user.scope().includes(o.path()))
                .orElseThrow(UnknownOrganisation::new);
        ImplementationPlan plan = new ImplementationPlan(
                document.id(),
                java.util.Objects.requireNonNull(form.title()),
                owner.id(),
                owner.path(),
                provinceOf(owner.path()),
                demo,
                clock.instant());
        plans.save(plan);
        audit.record(AuditEvent.of(
                "directive.plan.opened", "directive_plan", plan.id(), Map.of("document", document.number())));
        return plan;
    }

    static String provinceOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    static Specification<DirectiveDocument> matching(Scope scope, DocumentFilter filter) {
        Specification<DirectiveDocument> visible = Visibility.documents(scope);
        return visible.and((root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                for (String word : VietnameseText.fold(filter.q()).split(" ")) {
                    where.add(cb.like(root.get("searchText"), "%" + Visibility.escapeLike(word) + "%", '\\'));
                }
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.year() != null) {
                where.add(cb.between(
                        root.get("issuedOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }
}
