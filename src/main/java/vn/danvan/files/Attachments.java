package vn.danvan.files;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Attachments of records. {@code allowedTypes} are detected content types such as {@code application/pdf},
 * {@code image/jpeg}, {@code image/png}, {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document};
 * a file whose bytes are of another type, or whose extension disagrees with its bytes, is refused with
 * {@link FileRejected} and nothing is stored. Reads are limited to the signed-in user's scope.
 */
public interface Attachments {

    /** Common sets of allowed types. */
    Set<String> DOCUMENTS_AND_IMAGES = Set.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    /** Stores a file for a record, in the caller's transaction; the bytes are written before the record commits. */
    StoredFile store(FileOwner owner, String filename, InputStream content, Set<String> allowedTypes);

    /** The files of a record, oldest first (empty if the user may not see the record's area). */
    List<StoredFile> of(String module, String recordType, UUID recordId);

    /** A file, if the user may see it (never a restricted one). */
    Optional<StoredFile> find(UUID id);

    /** The content of a file the user may see (never a restricted one). */
    InputStream open(UUID id);

    /**
     * A restricted file of the given module, for that module to serve after its own checks (the general download
     * refuses it to everyone).
     */
    Optional<StoredFile> findRestricted(UUID id, String module);

    /** The content of a restricted file of the given module; the module has checked the reader may have it. */
    InputStream openRestricted(UUID id, String module);

    /**
     * Any file (restricted or not) of the given module, without the reader's scope check: for a module serving a file
     * after its own check (for example a photo the owning unit marked public, shown to anonymous visitors).
     */
    Optional<StoredFile> findForModule(UUID id, String module);

    /** The content of a file of the given module; the module has checked the reader may have it. */
    InputStream openForModule(UUID id, String module);
}
