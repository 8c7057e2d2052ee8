package vn.danvan.files.internal;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Stores and reads attachments. A file is received, counted, hashed and sniffed before anything is kept; its row is
 * written in the caller's transaction, and if that transaction rolls back its bytes are removed again, so no file is
 * left without its record and no committed record is without its file.
 */
@Service
class AttachmentService implements Attachments {

    static final int MAX_FILENAME_LENGTH = 200;

    private final AttachmentRepository attachments;
    private final FileStorage storage;
    private final AuditTrail audit;
    private final Clock clock;

    AttachmentService(AttachmentRepository attachments, FileStorage storage, AuditTrail audit, Clock clock) {
        this.attachments = attachments;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredFile store(FileOwner owner, String filename, InputStream content, Set<String> allowedTypes) {
        String name = cleanName(filename);
        FileStorage.Received received = storage.receive(content);
        FileType type;
        try {
            type = ContentSniffer.check(received.file(), name, allowedTypes);
        } catch (RuntimeException e) {
            storage.discard(received);
            throw e;
        }
        Instant now = clock.instant();
        String key = storage.keep(received, LocalDate.ofInstant(now, clock.getZone()));
        removeUnlessCommitted(key);
        StoredFile file = new StoredFile(
                Ids.newId(), owner, name, type.contentType(), received.size(), received.sha256(), now, uploader());
        attachments.insert(file, key);
        audit.record(AuditEvent.of(
                "files.file.stored",
                "file",
                file.id(),
                Map.of(
                        "module", owner.module(),
                        "recordType", owner.recordType(),
                        "recordId", owner.recordId().toString(),
                        "contentType", file.contentType(),
                        "size", Long.toString(file.size()),
                        "sha256", file.sha256())));
        return file;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredFile> of(String module, String recordType, UUID recordId) {
        return attachments.of(module, recordType, recordId, readerScope());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return attachments.find(id, readerScope()).map(AttachmentRepository.Located::file);
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream open(UUID id) {
        return download(id).content();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> findRestricted(UUID id, String module) {
        return attachments.findRestricted(id, module).map(AttachmentRepository.Located::file);
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream openRestricted(UUID id, String module) {
        AttachmentRepository.Located located =
                attachments.findRestricted(id, module).orElseThrow(() -> new RecordNotFound("file", id));
        return storage.open(located.storageKey());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> findForModule(UUID id, String module) {
        return attachments.findForModule(id, module).map(AttachmentRepository.Located::file);
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream openForModule(UUID id, String module) {
        AttachmentRepository.Located located =
                attachments.findForModule(id, module).orElseThrow(() -> new RecordNotFound("file", id));
        return storage.open(located.storageKey());
    }

    /** A file the user may see, with its content; 404 when unknown or outside the user's scope. */
    @Transactional(readOnly = true)
    Download download(UUID id) {
        AttachmentRepository.Located located =
                attachments.find(id, readerScope()).orElseThrow(() -> new RecordNotFound("file", id));
        return new Download(located.file(), storage.open(located.storageKey()));
    }

    /** The stored bytes go away again if the record does not commit. */
    private void removeUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.remove(key);
                }
            }
        });
    }

    /** The signed-in user's scope; nobody signed in sees no file. */
    private static Scope readerScope() {
        CurrentUser user = currentUser();
        return user == null ? Scope.nothing() : user.scope();
    }

    private static String uploader() {
        CurrentUser user = currentUser();
        if (user != null) {
            return user.getUsername();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
    }

    private static @org.jspecify.annotations.Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }

    /**
     * The name to keep and offer on download: without any folder a browser sent with it, without control
     * characters, in composed Unicode form, and not too long (the extension is kept).
     */
    static String cleanName(String filename) {
        String name = Normalizer.normalize(filename, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_FILENAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() ? "file" : name;
    }

    /** A file and an open stream of its bytes; the caller closes the stream. */
    record Download(StoredFile file, InputStream content) {}
}
