package vn.danvan.directive.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * A document that assigns work (văn bản chỉ đạo): a directive, resolution, conclusion, plan, guidance or
 * regulation of the Party or the State, with its number and symbol as issued ("29-CT/TU", "12/KH-UBND"). It stays
 * in force until another document amends or replaces it.
 */
@Entity
@Table(name = "directive_document")
class DirectiveDocument {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    private DocumentFamily family;

    private String number;
    private LocalDate issuedOn;
    private UUID issuingOrgUnitId;
    private @Nullable String issuerName;
    private String title;
    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    private DocumentState state;

    private @Nullable UUID supersededById;
    private String path;
    private String provinceCode;
    private String searchText;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_document_link", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "implements_id")
    private Set<UUID> implementsIds = new HashSet<>();

    protected DirectiveDocument() {}

    DirectiveDocument(
            DocumentKind kind,
            DocumentFamily family,
            String number,
            LocalDate issuedOn,
            UUID issuingOrgUnitId,
            @Nullable String issuerName,
            String title,
            @Nullable String summary,
            String path,
            String provinceCode,
            Set<UUID> implementsIds,
            boolean demo,
            Instant now) {
        this.id = Ids.newId();
        this.kind = kind;
        this.family = family;
        this.number = number.strip();
        this.issuedOn = issuedOn;
        this.issuingOrgUnitId = issuingOrgUnitId;
        this.issuerName = issuerName == null || issuerName.isBlank() ? null : issuerName.strip();
        this.title = title.strip();
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.state = DocumentState.IN_FORCE;
        this.path = path;
        this.provinceCode = provinceCode;
        this.implementsIds = new HashSet<>(implementsIds);
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
        this.searchText = VietnameseText.fold(this.number + " " + this.title + " " + (summary == null ? "" : summary));
    }

    /** Another document amends (sửa đổi, bổ sung) or replaces (thay thế) this one. */
    void supersede(DocumentState newState, @Nullable UUID by, Instant now) {
        if (newState != DocumentState.IN_FORCE && (by == null || by.equals(id))) {
            throw new SupersedingDocumentRequired();
        }
        this.state = newState;
        this.supersededById = newState == DocumentState.IN_FORCE ? null : by;
        this.updatedAt = now;
    }

    /** The number line as printed: "Số 29-CT/TU" (Party) or "Số: 12/KH-UBND" (State). */
    public String numberLine() {
        return (family == DocumentFamily.PARTY ? "Số " : "Số: ") + number;
    }

    public UUID id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentFamily family() {
        return family;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public UUID issuingOrgUnitId() {
        return issuingOrgUnitId;
    }

    public @Nullable String issuerName() {
        return issuerName;
    }

    public String title() {
        return title;
    }

    public @Nullable String summary() {
        return summary;
    }

    public DocumentState state() {
        return state;
    }

    public @Nullable UUID supersededById() {
        return supersededById;
    }

    public String path() {
        return path;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Set<UUID> implementsIds() {
        return Set.copyOf(implementsIds);
    }

    public boolean demo() {
        return demo;
    }
}
