package vn.danvan.files;

import java.util.UUID;

/**
 * The record a file belongs to: the owning module, the kind of record, its id, and the materialised unit path of
 * the record (the file is visible to users whose scope includes that path). A {@code restricted} file is served only
 * by the owning module, after its own checks ({@link Attachments#openRestricted}), never by the general download.
 */
public record FileOwner(String module, String recordType, UUID recordId, String scopePath, boolean restricted) {

    public FileOwner(String module, String recordType, UUID recordId, String scopePath) {
        this(module, recordType, recordId, scopePath, false);
    }
}
